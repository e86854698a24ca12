package org.liftshift.validate.internal;

import org.liftshift.model.navigation.DesignNavigation;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.liftshift.model.estate.AgentJob;
import org.liftshift.model.estate.FrequencyType;
import org.liftshift.model.estate.JobStep;
import org.liftshift.model.estate.JobStepSubsystem;
import org.liftshift.model.estate.Schedule;
import org.liftshift.model.estate.SsisCatalog;
import org.liftshift.model.estate.SqlServerInstance;
import org.liftshift.model.target.AzureSsisIntegrationRuntime;
import org.liftshift.validate.DesignRule;

/** OPS-1 and OPS-2. */
final class OperationsChecks {

    private OperationsChecks() {
    }

    static List<Check> all() {
        return List.of(new LogCleanupEnabled(), new CapacityForPeakConcurrency());
    }

    /** OPS-1 */
    static final class LogCleanupEnabled implements Check {
        @Override
        public void check(DesignIndex design, Findings findings) {
            for (SsisCatalog catalog : design.estateCatalogs()) {
                if (!catalog.isCleanupEnabled() || catalog.getRetentionWindowDays() < 0) {
                    SqlServerInstance instance = DesignNavigation.ancestor(catalog, SqlServerInstance.class);
                    findings.warning(DesignRule.OPS_1, "The SSISDB catalog of " + Names.of(instance) + " has "
                            + (catalog.isCleanupEnabled() ? "an infinite retention window" : "operation cleanup disabled")
                            + "; moved as is, SSISDB on Azure grows until it hits its size quota.", catalog);
                }
            }
        }
    }

    /**
     * OPS-2: jobs whose schedules start at the same time of day run together. The peak is the largest
     * number of SSIS jobs moving to one IR that start in the same minute on a recurring schedule.
     */
    static final class CapacityForPeakConcurrency implements Check {
        @Override
        public void check(DesignIndex design, Findings findings) {
            Map<AzureSsisIntegrationRuntime, Map<Integer, Set<AgentJob>>> starts = new HashMap<>();
            for (AgentJob job : design.jobs()) {
                if (!job.isEnabled()) {
                    continue;
                }
                for (AzureSsisIntegrationRuntime runtime : runtimesOf(design, job)) {
                    for (Schedule schedule : job.getSchedules()) {
                        if (schedule.isEnabled() && recurring(schedule)) {
                            int minute = schedule.getActiveStartTime() / 100;
                            starts.computeIfAbsent(runtime, r -> new HashMap<>())
                                    .computeIfAbsent(minute, m -> new LinkedHashSet<>()).add(job);
                        }
                    }
                }
            }
            starts.forEach((runtime, byMinute) -> {
                int capacity = runtime.getNodeCount() * runtime.getMaxParallelExecutionsPerNode();
                byMinute.entrySet().stream().max(Map.Entry.comparingByValue((a, b) -> Integer.compare(a.size(), b.size())))
                        .filter(peak -> peak.getValue().size() > capacity)
                        .ifPresent(peak -> findings.warning(DesignRule.OPS_2, peak.getValue().size() + " SSIS jobs start at "
                                + String.format("%02d:%02d", peak.getKey() / 100, peak.getKey() % 100) + " on IR "
                                + Names.of(runtime) + ", which runs " + capacity + " at once (" + runtime.getNodeCount()
                                + " nodes x " + runtime.getMaxParallelExecutionsPerNode() + ").", runtime));
            });
        }

        private static boolean recurring(Schedule schedule) {
            FrequencyType type = schedule.getFrequencyType();
            return type == FrequencyType.DAILY || type == FrequencyType.WEEKLY || type == FrequencyType.MONTHLY
                    || type == FrequencyType.MONTHLY_RELATIVE;
        }

        private static Set<AzureSsisIntegrationRuntime> runtimesOf(DesignIndex design, AgentJob job) {
            Set<AzureSsisIntegrationRuntime> runtimes = new LinkedHashSet<>();
            for (JobStep step : job.getSteps()) {
                if (step.getSubsystem() == JobStepSubsystem.SSIS && step.getPackage() != null) {
                    AzureSsisIntegrationRuntime runtime = Mappings.runtimeOf(design.plan(), step.getPackage());
                    if (runtime != null) {
                        runtimes.add(runtime);
                    }
                }
            }
            return runtimes;
        }
    }
}
