package org.liftshift.validate.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.liftshift.model.plan.MigrationPlan;

/**
 * The EMF validator of the plan package: the basic EMF constraints for every object, and every
 * design rule once per plan, because most rules look across estate, network and target.
 */
public final class PlanValidator extends EObjectValidator {

    /** Every design rule, in the order of the domain digest. */
    static final List<Check> CHECKS = checks();

    private static List<Check> checks() {
        List<Check> checks = new ArrayList<>();
        checks.addAll(EndpointChecks.all());
        checks.addAll(NetworkChecks.all());
        checks.addAll(AuthenticationChecks.all());
        checks.addAll(ContinuityChecks.all());
        checks.addAll(OperationsChecks.all());
        return List.copyOf(checks);
    }

    @Override
    public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
        boolean valid = super.validate(eClass, eObject, diagnostics, context);
        if (eObject instanceof MigrationPlan plan && diagnostics != null) {
            valid &= checkDesign(plan, diagnostics);
        }
        return valid;
    }

    /** Runs every design rule on the plan; false when one reported an error. */
    public static boolean checkDesign(MigrationPlan plan, DiagnosticChain diagnostics) {
        return checkDesign(plan, new EstateIndex(plan.getEstate()), diagnostics);
    }

    /** As {@link #checkDesign(MigrationPlan, DiagnosticChain)}, with the estate indexed already. */
    public static boolean checkDesign(MigrationPlan plan, EstateIndex estate, DiagnosticChain diagnostics) {
        Findings findings = new Findings(diagnostics);
        DesignIndex design = new DesignIndex(plan, estate);
        for (Check check : CHECKS) {
            check.check(design, findings);
        }
        return !findings.hasErrors();
    }
}
