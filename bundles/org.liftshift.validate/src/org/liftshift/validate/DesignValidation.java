package org.liftshift.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.liftshift.model.estate.EstatePackage;
import org.liftshift.model.navigation.ObjectPaths;
import org.liftshift.model.plan.MigrationPlan;
import org.liftshift.model.plan.PlanPackage;
import org.liftshift.model.target.TargetPackage;
import org.liftshift.validate.internal.PlanValidator;

/**
 * Validates a migration plan offline with EMF's {@link Diagnostician}: the model's own constraints
 * (multiplicities, references) and every {@link DesignRule}. Uses its own validator registry, so it
 * behaves the same inside and outside OSGi and leaves the global registry alone.
 */
public final class DesignValidation {

    private final Diagnostician diagnostician;

    /** Validation with every design rule. */
    public static DesignValidation withDesignRules() {
        return new DesignValidation(new PlanValidator());
    }

    /** Only EMF's own constraints, with no design rule: the baseline of the validation benchmark. */
    public static DesignValidation withoutDesignRules() {
        return new DesignValidation(EObjectValidator.INSTANCE);
    }

    private DesignValidation(EValidator planValidator) {
        EValidator.Registry registry = new EValidatorRegistryImpl();
        registry.put(PlanPackage.eINSTANCE, planValidator);
        registry.put(TargetPackage.eINSTANCE, EObjectValidator.INSTANCE);
        registry.put(EstatePackage.eINSTANCE, EObjectValidator.INSTANCE);
        this.diagnostician = new Diagnostician(registry) {
            @Override
            public String getObjectLabel(EObject object) {
                return ObjectPaths.label(object);
            }
        };
    }

    /** The diagnostician, for validation one object at a time. */
    Diagnostician diagnostician() {
        return diagnostician;
    }

    /** All diagnostics of the plan, as children of one summary diagnostic. */
    public Diagnostic validate(MigrationPlan plan) {
        return diagnostician.validate(plan, Map.of());
    }

    /** The diagnostics of one design rule. */
    public static List<Diagnostic> ofRule(Diagnostic result, DesignRule rule) {
        List<Diagnostic> matching = new ArrayList<>();
        for (Diagnostic child : result.getChildren()) {
            if (DesignRule.SOURCE.equals(child.getSource()) && child.getCode() == rule.code()) {
                matching.add(child);
            }
        }
        return matching;
    }
}
