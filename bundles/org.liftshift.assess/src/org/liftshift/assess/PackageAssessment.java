package org.liftshift.assess;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.liftshift.assess.internal.CapacityCheck;
import org.liftshift.assess.internal.EstateChecks;
import org.liftshift.assess.internal.Findings;
import org.liftshift.model.plan.AssessmentFinding;
import org.liftshift.model.plan.FindingStatus;
import org.liftshift.model.plan.MigrationPlan;

/**
 * Assesses every package, connection manager and Agent job of a plan's estate against the
 * {@link PackageRule}s, and the imported schedules against the capacity of the IRs they move to.
 * Findings name the object, what was found, and the design change that fixes them.
 */
public final class PackageAssessment {

    /** How many minutes an execution is assumed to run when schedules are compared with IR capacity. */
    public static final int DEFAULT_RUN_MINUTES = 1;

    private final CapacityCheck capacity;

    private PackageAssessment(int runMinutes) {
        this.capacity = new CapacityCheck(runMinutes);
    }

    public static PackageAssessment withAllRules() {
        return new PackageAssessment(DEFAULT_RUN_MINUTES);
    }

    /**
     * @param runMinutes how long each scheduled execution is assumed to run (the estate carries no
     *        durations); 1 compares only executions starting in the same minute
     */
    public static PackageAssessment withRunMinutes(int runMinutes) {
        return new PackageAssessment(runMinutes);
    }

    /**
     * The findings of the plan's estate, not yet recorded in the plan.
     *
     * @throws OperationCanceledException when the monitor is cancelled
     */
    public List<AssessmentFinding> assess(MigrationPlan plan, IProgressMonitor monitor) {
        Findings findings = new Findings();
        EstateChecks.check(plan, capacity, findings, SubMonitor.convert(monitor));
        return findings.list();
    }

    /**
     * Replaces the plan's findings with {@code findings}. A finding already in the plan for the same
     * rule, object and evidence keeps its status: an architect's ACCEPTED or WONT_FIX stays; an open
     * finding that is no longer found is dropped.
     */
    public static void record(MigrationPlan plan, List<AssessmentFinding> findings) {
        Map<String, FindingStatus> decided = new HashMap<>();
        for (AssessmentFinding previous : plan.getFindings()) {
            if (previous.getStatus() != FindingStatus.OPEN) {
                decided.put(key(previous), previous.getStatus());
            }
        }
        List<AssessmentFinding> recorded = new ArrayList<>(findings);
        for (AssessmentFinding finding : recorded) {
            FindingStatus status = decided.get(key(finding));
            if (status != null) {
                finding.setStatus(status);
            }
        }
        plan.getFindings().clear();
        plan.getFindings().addAll(recorded);
    }

    private static String key(AssessmentFinding finding) {
        return finding.getRuleId() + '\u0000' + finding.getObjectPath() + '\u0000' + finding.getEvidence();
    }
}
