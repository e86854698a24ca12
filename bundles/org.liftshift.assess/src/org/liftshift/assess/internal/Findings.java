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

    private final List<AssessmentFinding> found;
    private final EObject subjectOverride;
    private final String context;

    public Findings() {
        this(new ArrayList<>(), null, "");
    }

    private Findings(List<AssessmentFinding> found, EObject subjectOverride, String context) {
        this.found = found;
        this.subjectOverride = subjectOverride;
        this.context = context;
    }

    /**
     * Findings that land in this list about {@code subject}, whatever object a check names, with
     * {@code context} before their evidence: checks of a connection can then judge a configured
     * value by running on a copy of the connection with the value applied.
     */
    Findings about(EObject subject, String evidenceContext) {
        return new Findings(found, subject, evidenceContext);
    }

    /** A finding with the rule's default severity and design change. */
    public void add(PackageRule rule, EObject subject, String evidence) {
        add(rule, rule.severity(), rule.change(), subject, evidence);
    }

    /** A finding whose severity or design change depends on what was found. */
    public void add(PackageRule rule, Severity severity, DesignChange change, EObject checked, String evidence) {
        EObject subject = subjectOverride != null ? subjectOverride : checked;
        AssessmentFinding finding = PlanFactory.eINSTANCE.createAssessmentFinding();
        finding.setRuleId(rule.id());
        finding.setSeverity(severity);
        finding.setSubject(subject);
        finding.setObjectPath(ObjectPaths.of(subject));
        finding.setEvidence(context + evidence);
        finding.setRecommendation(rule.recommendation());
        finding.setSuggestedChange(change);
        finding.setStatus(FindingStatus.OPEN);
        found.add(finding);
    }

    public List<AssessmentFinding> list() {
        return found;
    }
}
