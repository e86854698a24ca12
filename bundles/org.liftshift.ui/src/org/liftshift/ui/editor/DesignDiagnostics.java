package org.liftshift.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.liftshift.model.plan.MigrationPlan;
import org.liftshift.validate.DesignRule;
import org.liftshift.validate.DesignValidation;

/** The result of validating the plan an editor shows, kept until the next edit validates again. */
public final class DesignDiagnostics {

    private final DesignValidation validation = DesignValidation.withDesignRules();
    private List<Diagnostic> leaves = List.of();

    public void validate(MigrationPlan plan) {
        List<Diagnostic> found = new ArrayList<>();
        collect(validation.validate(plan), found);
        leaves = List.copyOf(found);
    }

    /** Takes the leaf diagnostics of a validation done elsewhere, such as an incremental one. */
    void use(List<Diagnostic> found) {
        leaves = List.copyOf(found);
    }

    /** The leaf diagnostics of the last validation. */
    public List<Diagnostic> all() {
        return leaves;
    }

    /** The diagnostics of rules whose id starts with one of {@code prefixes} and that concern one of {@code objects}. */
    List<Diagnostic> about(List<? extends EObject> objects, String... prefixes) {
        List<Diagnostic> found = new ArrayList<>();
        for (Diagnostic diagnostic : all()) {
            String id = ruleId(diagnostic);
            boolean matches = false;
            for (String prefix : prefixes) {
                matches |= id.startsWith(prefix);
            }
            if (matches && diagnostic.getData().stream().anyMatch(objects::contains)) {
                found.add(diagnostic);
            }
        }
        return found;
    }

    /** The diagnostics whose first object, the one a marker or selection goes to, is {@code object}. */
    List<Diagnostic> firstConcerning(EObject object) {
        List<Diagnostic> found = new ArrayList<>();
        for (Diagnostic diagnostic : all()) {
            if (!diagnostic.getData().isEmpty() && diagnostic.getData().get(0) == object) {
                found.add(diagnostic);
            }
        }
        return found;
    }

    long count(int severity) {
        return all().stream().filter(d -> d.getSeverity() == severity).count();
    }

    public static String ruleId(Diagnostic diagnostic) {
        return DesignRule.SOURCE.equals(diagnostic.getSource())
                ? DesignRule.byCode(diagnostic.getCode()).map(DesignRule::id).orElse("") : ""; //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static void collect(Diagnostic diagnostic, List<Diagnostic> leaves) {
        if (diagnostic.getChildren().isEmpty()) {
            if (diagnostic.getSeverity() != Diagnostic.OK) {
                leaves.add(diagnostic);
            }
        } else {
            diagnostic.getChildren().forEach(child -> collect(child, leaves));
        }
    }
}
