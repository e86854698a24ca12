package org.liftshift.validate;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.liftshift.model.navigation.ObjectPaths;

/** The diagnostics of one validation run, flattened for reports: each with its rule, objects and their paths. */
public record ValidationReport(String file, List<Entry> entries) {

    /** One diagnostic: its rule (null for EMF's own constraints), severity, message and objects. */
    public record Entry(DesignRule rule, int severity, String message, List<String> paths, List<String> labels) {
        public String ruleId() {
            return rule == null ? "EMF" : rule.id();
        }

        public String level() {
            return severity == Diagnostic.ERROR ? "error" : severity == Diagnostic.WARNING ? "warning" : "note";
        }
    }

    public static ValidationReport of(String file, Diagnostic result) {
        List<Entry> entries = new ArrayList<>();
        for (Diagnostic child : result.getChildren()) {
            DesignRule rule = DesignRule.SOURCE.equals(child.getSource()) ? DesignRule.byCode(child.getCode()).orElse(null) : null;
            List<String> paths = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            for (Object datum : child.getData()) {
                if (datum instanceof EObject object) {
                    paths.add(ObjectPaths.of(object));
                    labels.add(ObjectPaths.label(object));
                }
            }
            entries.add(new Entry(rule, child.getSeverity(), child.getMessage(), paths, labels));
        }
        return new ValidationReport(file, entries);
    }

    public long count(int severity) {
        return entries.stream().filter(e -> e.severity() == severity).count();
    }
}
