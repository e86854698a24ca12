package org.liftshift.report.internal;

import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.liftshift.assess.PackageAssessment;
import org.liftshift.azure.deploy.RuntimeDrift.Drift;
import org.liftshift.generate.Failover;
import org.liftshift.model.compare.PlanChange;
import org.liftshift.model.compare.PlanDiff;
import org.liftshift.model.plan.AssessmentFinding;
import org.liftshift.model.plan.MigrationPlan;
import org.liftshift.model.target.AzureSsisIntegrationRuntime;
import org.liftshift.report.TopologyDiagram;
import org.liftshift.validate.DesignValidation;
import org.liftshift.validate.PeakConcurrency;
import org.liftshift.validate.PeakConcurrency.Peak;
import org.liftshift.validate.ValidationReport;

/**
 * Everything the report says, worked out once from a copy of the design: the report assesses the
 * estate and records the findings, which must not touch a design open in an editor.
 *
 * @param changes the changes since the reviewed version, or null when there is none
 * @param drift where Azure differs from the design, or null when Azure was not read
 */
public record ReportFacts(MigrationPlan plan, String designName, ValidationReport validation, List<AssessmentFinding> findings,
        TopologyDiagram topology, List<Failover> failovers, Map<AzureSsisIntegrationRuntime, Peak> peaks, String reviewedName,
        List<PlanChange> changes, List<Drift> drift) {

    public static ReportFacts of(MigrationPlan design, String designName, MigrationPlan reviewed, String reviewedName,
            IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, 10);
        MigrationPlan plan = EcoreUtil.copy(design);
        List<AssessmentFinding> found = PackageAssessment.withAllRules().assess(plan, progress.split(5));
        // accepted and won't-fix decisions recorded in the design stay with their findings
        PackageAssessment.record(plan, found);
        ValidationReport validation = ValidationReport.of(designName, DesignValidation.withDesignRules().validate(plan));
        progress.split(2);
        TopologyDiagram topology = TopologyDiagram.of(plan);
        progress.split(2);
        List<PlanChange> changes = reviewed == null ? null : PlanDiff.between(reviewed, design);
        progress.split(1);
        return new ReportFacts(plan, designName, validation, List.copyOf(plan.getFindings()), topology, Failover.of(plan),
                PeakConcurrency.of(plan), reviewedName, changes, null);
    }

    public ReportFacts withDrift(List<Drift> found) {
        return new ReportFacts(plan, designName, validation, findings, topology, failovers, peaks, reviewedName, changes, List.copyOf(found));
    }
}
