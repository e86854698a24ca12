package org.liftshift.validate;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.liftshift.model.estate.AgentJob;
import org.liftshift.model.estate.FrequencyType;
import org.liftshift.model.estate.JobStep;
import org.liftshift.model.estate.JobStepSubsystem;
import org.liftshift.model.estate.Schedule;
import org.liftshift.model.plan.MigrationPlan;
import org.liftshift.model.target.AzureSsisIntegrationRuntime;
import org.liftshift.validate.internal.Mappings;

/**
 * How many SSIS jobs moving to each IR start together: jobs whose recurring schedules start in the
 * same minute of the day run at once, so the busiest minute is the capacity an IR needs (OPS-2 and
 * the capacity helper of the design editor).
 */
public final class PeakConcurrency {

    /** The busiest minute of an IR: how many jobs start then, and when (hhmm). */
    public record Peak(int jobs, int startTime) {

        public String time() {
            return String.format("%02d:%02d", startTime / 100, startTime % 100); //$NON-NLS-1$
        }
    }

    private PeakConcurrency() {
    }

    /** The peak of every IR that runs at least one scheduled SSIS job. */
    public static Map<AzureSsisIntegrationRuntime, Peak> of(MigrationPlan plan, Iterable<AgentJob> jobs) {
        Map<AzureSsisIntegrationRuntime, Map<Integer, Set<AgentJob>>> starts = new HashMap<>();
        for (AgentJob job : jobs) {
            if (!job.isEnabled()) {
                continue;
            }
            for (AzureSsisIntegrationRuntime runtime : runtimesOf(plan, job)) {
                for (Schedule schedule : job.getSchedules()) {
                    if (schedule.isEnabled() && recurring(schedule)) {
                        int minute = schedule.getActiveStartTime() / 100;
                        starts.computeIfAbsent(runtime, r -> new HashMap<>()).computeIfAbsent(minute, m -> new LinkedHashSet<>()).add(job);
                    }
                }
            }
        }
        Map<AzureSsisIntegrationRuntime, Peak> peaks = new HashMap<>();
        starts.forEach((runtime, byMinute) -> byMinute.entrySet().stream()
                .max(Map.Entry.comparingByValue((a, b) -> Integer.compare(a.size(), b.size())))
                .ifPresent(peak -> peaks.put(runtime, new Peak(peak.getValue().size(), peak.getKey()))));
        return peaks;
    }

    /** The peak of every IR, over every Agent job of the plan's estate. */
    public static Map<AzureSsisIntegrationRuntime, Peak> of(MigrationPlan plan) {
        Set<AgentJob> jobs = new LinkedHashSet<>();
        plan.getEstate().getInstances().forEach(instance -> jobs.addAll(instance.getJobs()));
        return of(plan, jobs);
    }

    /** How many packages the IR runs at once: nodes x parallel executions per node. */
    public static int capacity(AzureSsisIntegrationRuntime runtime) {
        return runtime.getNodeCount() * runtime.getMaxParallelExecutionsPerNode();
    }

    private static boolean recurring(Schedule schedule) {
        FrequencyType type = schedule.getFrequencyType();
        return type == FrequencyType.DAILY || type == FrequencyType.WEEKLY || type == FrequencyType.MONTHLY
                || type == FrequencyType.MONTHLY_RELATIVE;
    }

    private static Set<AzureSsisIntegrationRuntime> runtimesOf(MigrationPlan plan, AgentJob job) {
        Set<AzureSsisIntegrationRuntime> runtimes = new LinkedHashSet<>();
        for (JobStep step : job.getSteps()) {
            if (step.getSubsystem() == JobStepSubsystem.SSIS && step.getPackage() != null) {
                AzureSsisIntegrationRuntime runtime = Mappings.runtimeOf(plan, step.getPackage());
                if (runtime != null) {
                    runtimes.add(runtime);
                }
            }
        }
        return runtimes;
    }
}
