package org.liftshift.assess.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.liftshift.assess.PackageRule;
import org.liftshift.model.navigation.ObjectPaths;
import org.liftshift.model.plan.AssessmentFinding;
import org.liftshift.model.plan.DesignChange;
import org.liftshift.model.plan.FindingStatus;
import org.liftshift.model.plan.PlanFactory;
import org.liftshift.model.plan.Severity;

/** Collects the findings of one assessment run, in the order the checks report them. */
public final class Findings {

    private final List<AssessmentFinding> found = new ArrayList<>();

    /** A finding with the rule's default severity and design change. */
    public void add(PackageRule rule, EObject subject, String evidence) {
        add(rule, rule.severity(), rule.change(), subject, evidence);
    }

    /** A finding whose severity or design change depends on what was found. */
    public void add(PackageRule rule, Severity severity, DesignChange change, EObject subject, String evidence) {
        AssessmentFinding finding = PlanFactory.eINSTANCE.createAssessmentFinding();
        finding.setRuleId(rule.id());
        finding.setSeverity(severity);
        finding.setSubject(subject);
        finding.setObjectPath(ObjectPaths.of(subject));
        finding.setEvidence(evidence);
        finding.setRecommendation(rule.recommendation());
        finding.setSuggestedChange(change);
        finding.setStatus(FindingStatus.OPEN);
        found.add(finding);
    }

    public List<AssessmentFinding> list() {
        return found;
    }
}
