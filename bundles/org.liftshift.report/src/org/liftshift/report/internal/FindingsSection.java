package org.liftshift.report.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.liftshift.assess.PackageRule;
import org.liftshift.model.plan.AssessmentFinding;
import org.liftshift.model.plan.FindingStatus;
import org.liftshift.model.plan.Severity;

/** The assessment findings grouped by rule, each rule with why it matters and how to fix it. */
final class FindingsSection {

    /** Objects listed per rule; the rest are counted (the full list is {@code liftshift assess}). */
    static final int LISTED_PER_RULE = 25;

    private FindingsSection() {
    }

    static String countsBySeverity(List<AssessmentFinding> findings) {
        if (findings.isEmpty()) {
            return "no findings";
        }
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        int decided = 0;
        for (AssessmentFinding finding : findings) {
            counts.merge(finding.getSeverity(), 1, Integer::sum);
            decided += finding.getStatus() == FindingStatus.OPEN ? 0 : 1;
        }
        List<String> parts = new ArrayList<>();
        counts.forEach((severity, n) -> parts.add(Words.count(n, Words.of(severity), Words.of(severity) + "s")));
        return Words.count(findings.size(), "finding", "findings") + ": " + String.join(", ", parts)
                + (decided == 0 ? "" : "; " + decided + " accepted, resolved or won't fix");
    }

    static void write(Xhtml doc, ReportFacts facts) {
        doc.section("findings", "Assessment findings");
        Map<String, List<AssessmentFinding>> byRule = new TreeMap<>();
        for (AssessmentFinding finding : facts.findings()) {
            byRule.computeIfAbsent(finding.getRuleId(), k -> new ArrayList<>()).add(finding);
        }
        if (byRule.isEmpty()) {
            doc.paragraph("The assessment found nothing to change in the packages.");
            doc.endSection();
            return;
        }
        doc.paragraph(countsBySeverity(facts.findings()) + ".");
        List<List<String>> summary = new ArrayList<>();
        Map<String, String> titles = new LinkedHashMap<>();
        for (Map.Entry<String, List<AssessmentFinding>> entry : byRule.entrySet()) {
            PackageRule rule = PackageRule.byId(entry.getKey()).orElse(null);
            String title = rule == null ? entry.getKey() : rule.title();
            titles.put(entry.getKey(), title);
            long open = entry.getValue().stream().filter(f -> f.getStatus() == FindingStatus.OPEN).count();
            summary.add(List.of(entry.getKey(), title, Words.of(entry.getValue().get(0).getSeverity()),
                    String.valueOf(entry.getValue().size()), String.valueOf(open), Words.of(entry.getValue().get(0).getSuggestedChange())));
        }
        doc.table("numbers", List.of("Rule", "Title", "Severity", "Findings", "Open", "Design change"), summary);
        for (Map.Entry<String, List<AssessmentFinding>> entry : byRule.entrySet()) {
            List<AssessmentFinding> findings = entry.getValue();
            PackageRule rule = PackageRule.byId(entry.getKey()).orElse(null);
            doc.open("div", "rule");
            doc.heading(entry.getKey() + " " + titles.get(entry.getKey()) + " (" + findings.size() + ")");
            if (rule != null) {
                doc.paragraph(rule.rationale());
            }
            doc.element("p", "fix", "Fix: " + Words.orDash(findings.get(0).getRecommendation()));
            List<List<String>> rows = new ArrayList<>();
            for (AssessmentFinding finding : findings.subList(0, Math.min(findings.size(), LISTED_PER_RULE))) {
                rows.add(List.of(Words.orDash(finding.getObjectPath()), Words.orDash(finding.getEvidence()), Words.of(finding.getStatus())));
            }
            doc.table(null, List.of("Object", "Found", "Status"), rows);
            if (findings.size() > LISTED_PER_RULE) {
                doc.note("and " + (findings.size() - LISTED_PER_RULE) + " more; `liftshift assess` lists them all.");
            }
            doc.close("div");
        }
        doc.endSection();
    }
}
