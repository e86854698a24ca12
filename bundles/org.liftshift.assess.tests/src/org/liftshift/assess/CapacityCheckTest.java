package org.liftshift.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.liftshift.model.estate.AgentJob;
import org.liftshift.model.estate.Project;
import org.liftshift.model.navigation.DesignNavigation;
import org.liftshift.model.plan.AssessmentFinding;
import org.liftshift.model.plan.DesignChange;
import org.liftshift.model.plan.MigrationPlan;
import org.liftshift.model.plan.Severity;
import org.liftshift.model.target.AzureSsisIntegrationRuntime;
import org.liftshift.samples.Samples;

/**
 * OPS-2 on the Contoso sample. Its Sales jobs: customers and products daily at 03:00, orders hourly
 * from 06:00 to 20:00, forecast on Sundays at 05:00.
 */
class CapacityCheckTest {

    private final MigrationPlan plan = Samples.CONTOSO.build();
    private final AzureSsisIntegrationRuntime sales = runtimeOf("Sales - orders");

    @Test
    void jobsThatNeverOverlapFitOneExecutionAtATime() {
        shrink(sales);

        assertThat(capacityFindings(PackageAssessment.withRunMinutes(60))).noneMatch(f -> f.getSubject() == sales);
    }

    @Test
    void longerRunsOverlapOnSundayMorning() {
        shrink(sales);

        List<AssessmentFinding> findings = capacityFindings(PackageAssessment.withRunMinutes(180));

        AssessmentFinding finding = findings.stream().filter(f -> f.getSubject() == sales).findFirst().orElseThrow();
        assertThat(finding.getEvidence()).startsWith("2 executions at once on Sunday 05:00 (jobs: Sales - customers and products, "
                + "Sales - forecast); IR " + sales.getName() + " runs 1 at once (1 nodes x 1 per node)");
        assertThat(finding.getSuggestedChange()).isEqualTo(DesignChange.SCALE_OUT);
        assertThat(finding.getSeverity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void theBundledDesignHasTheCapacityForItsSchedules() {
        assertThat(capacityFindings(PackageAssessment.withRunMinutes(60))).isEmpty();
    }

    @Test
    void jobsWithoutAnIrGetTheSizeTheyNeed() {
        plan.getFolderMappings().clear();

        List<AssessmentFinding> findings = capacityFindings(PackageAssessment.withRunMinutes(120));

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.getSeverity()).isEqualTo(Severity.INFO);
            assertThat(finding.getSubject()).isSameAs(plan.getEstate());
            assertThat(finding.getEvidence()).matches("\\d+ executions at once on \\w+ \\d\\d:\\d\\d \\(jobs: .+\\) in jobs not yet"
                    + " mapped to an IR; size it so that nodes x max parallel executions per node >= \\d+");
        });
    }

    @Test
    void runMinutesOutsideAWeekAreRefused() {
        assertThatThrownBy(() -> PackageAssessment.withRunMinutes(0)).isInstanceOf(IllegalArgumentException.class);
    }

    private List<AssessmentFinding> capacityFindings(PackageAssessment assessment) {
        return assessment.assess(plan, new NullProgressMonitor()).stream().filter(f -> f.getRuleId().equals("OPS-2")).toList();
    }

    private AzureSsisIntegrationRuntime runtimeOf(String jobName) {
        AgentJob job = plan.getEstate().getInstances().get(0).getJobs().stream().filter(j -> j.getName().equals(jobName))
                .findFirst().orElseThrow();
        Project project = DesignNavigation.ancestor(job.getSteps().get(0).getPackage(), Project.class);
        return DesignNavigation.mappingOf(plan, project).getRuntime();
    }

    private static void shrink(AzureSsisIntegrationRuntime runtime) {
        runtime.setNodeCount(1);
        runtime.setMaxParallelExecutionsPerNode(1);
    }
}
