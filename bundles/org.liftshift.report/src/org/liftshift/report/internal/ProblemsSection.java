package org.liftshift.report.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.liftshift.validate.ValidationReport.Entry;

/** What the design rules still object to, errors first, each with the rule's fix. */
final class ProblemsSection {

    private ProblemsSection() {
    }

    static void write(Xhtml doc, ReportFacts facts) {
        doc.section("problems", "Open validation problems");
        List<Entry> entries = new ArrayList<>(facts.validation().entries());
        entries.removeIf(e -> e.severity() < Diagnostic.WARNING);
        entries.sort((a, b) -> Integer.compare(b.severity(), a.severity()));
        if (entries.isEmpty()) {
            doc.paragraph("None: the design passes every design rule.");
            doc.endSection();
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (Entry entry : entries) {
            rows.add(List.of(entry.level(), entry.ruleId(), String.join(", ", entry.paths()), entry.message(),
                    entry.rule() == null ? "–" : entry.rule().fix()));
        }
        doc.table(null, List.of("Severity", "Rule", "Object", "Problem", "Fix"), rows);
        doc.endSection();
    }
}
