package org.liftshift.ui.assessment;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

import org.liftshift.model.estate.Project;
import org.liftshift.model.navigation.DesignNavigation;
import org.liftshift.model.plan.AssessmentFinding;
import org.liftshift.model.plan.Severity;

/**
 * Which findings the Assessment view shows: by rule, severity and project (null for any), and the
 * counts per rule its chart draws.
 */
record FindingFilter(String ruleId, Severity severity, String project) {

    static final FindingFilter ALL = new FindingFilter(null, null, null);

    boolean accepts(AssessmentFinding finding) {
        return (ruleId == null || ruleId.equals(finding.getRuleId())) && (severity == null || severity == finding.getSeverity())
                && (project == null || project.equals(projectOf(finding)));
    }

    List<AssessmentFinding> apply(List<AssessmentFinding> findings) {
        return findings.stream().filter(this::accepts).toList();
    }

    /** The project a finding's object belongs to, or null for estate-wide findings. */
    static String projectOf(AssessmentFinding finding) {
        Project project = DesignNavigation.ancestor(finding.getSubject(), Project.class);
        return project == null ? null : project.getName();
    }

    static List<String> rules(List<AssessmentFinding> findings) {
        return List.copyOf(new TreeSet<>(findings.stream().map(AssessmentFinding::getRuleId).filter(Objects::nonNull).toList()));
    }

    static List<String> projects(List<AssessmentFinding> findings) {
        return List.copyOf(new TreeSet<>(findings.stream().map(FindingFilter::projectOf).filter(Objects::nonNull).toList()));
    }

    /** How many of {@code findings} each rule has, by rule id. */
    static Map<String, Integer> countsByRule(List<AssessmentFinding> findings) {
        Map<String, Integer> counts = new TreeMap<>();
        findings.forEach(f -> counts.merge(String.valueOf(f.getRuleId()), 1, Integer::sum));
        return counts;
    }
}
