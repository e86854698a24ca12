package org.liftshift.assess.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.liftshift.assess.PackageRule;
import org.liftshift.model.estate.AgentJob;
import org.liftshift.model.estate.FrequencySubdayType;
import org.liftshift.model.estate.FrequencyType;
import org.liftshift.model.estate.JobStep;
import org.liftshift.model.estate.JobStepSubsystem;
import org.liftshift.model.estate.Project;
import org.liftshift.model.estate.Schedule;
import org.liftshift.model.estate.SqlServerInstance;
import org.liftshift.model.navigation.DesignNavigation;
import org.liftshift.model.plan.DesignChange;
import org.liftshift.model.plan.FolderMapping;
import org.liftshift.model.plan.MigrationPlan;
import org.liftshift.model.plan.Severity;
import org.liftshift.model.target.AzureSsisIntegrationRuntime;

/**
 * OPS-2: the peak number of package executions the imported Agent schedules run at once, over one
 * week, against what the IR they move to runs in parallel. Each job that runs SSIS packages counts
 * as one execution from each start for {@code runMinutes}; steps of one job run one after another.
 * Daily and monthly schedules are counted on every day of the week: the peak is the worst week.
 */
public final class CapacityCheck {

    private static final int WEEK = 7 * 24 * 60;

    private static final String[] DAYS = { "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday" };

    private final int runMinutes;

    public CapacityCheck(int runMinutes) {
        if (runMinutes < 1 || runMinutes > WEEK) {
            throw new IllegalArgumentException("run minutes must be between 1 and " + WEEK + ": " + runMinutes);
        }
        this.runMinutes = runMinutes;
    }

    void check(MigrationPlan plan, Findings findings) {
        Map<AzureSsisIntegrationRuntime, Load> loads = new LinkedHashMap<>();
        Load unmapped = new Load();
        for (SqlServerInstance instance : plan.getEstate().getInstances()) {
            for (AgentJob job : instance.getJobs()) {
                if (!job.isEnabled() || !runsPackages(job)) {
                    continue;
                }
                Set<AzureSsisIntegrationRuntime> runtimes = runtimesOf(plan, job);
                for (Schedule schedule : job.getSchedules()) {
                    if (!schedule.isEnabled()) {
                        continue;
                    }
                    for (int start : starts(schedule)) {
                        if (runtimes.isEmpty()) {
                            unmapped.add(job, start, runMinutes);
                        }
                        for (AzureSsisIntegrationRuntime runtime : runtimes) {
                            loads.computeIfAbsent(runtime, r -> new Load()).add(job, start, runMinutes);
                        }
                    }
                }
            }
        }
        loads.forEach((runtime, load) -> {
            int capacity = runtime.getNodeCount() * runtime.getMaxParallelExecutionsPerNode();
            if (load.peak() > capacity) {
                findings.add(PackageRule.OPS_2, runtime, load.describe() + "; IR " + runtime.getName() + " runs " + capacity
                        + " at once (" + runtime.getNodeCount() + " nodes x " + runtime.getMaxParallelExecutionsPerNode()
                        + " per node)");
            }
        });
        if (unmapped.peak() > 1) {
            findings.add(PackageRule.OPS_2, Severity.INFO, DesignChange.SCALE_OUT, plan.getEstate(), unmapped.describe()
                    + " in jobs not yet mapped to an IR; size it so that nodes x max parallel executions per node >= "
                    + unmapped.peak());
        }
    }

    private static boolean runsPackages(AgentJob job) {
        for (JobStep step : job.getSteps()) {
            if (step.getSubsystem() == JobStepSubsystem.SSIS || TsqlSteps.startsExecution(step)) {
                return true;
            }
        }
        return false;
    }

    private static Set<AzureSsisIntegrationRuntime> runtimesOf(MigrationPlan plan, AgentJob job) {
        Set<AzureSsisIntegrationRuntime> runtimes = new LinkedHashSet<>();
        for (JobStep step : job.getSteps()) {
            if (step.getPackage() != null) {
                FolderMapping mapping = DesignNavigation.mappingOf(plan, DesignNavigation.ancestor(step.getPackage(), Project.class));
                if (mapping != null && mapping.getRuntime() != null) {
                    runtimes.add(mapping.getRuntime());
                }
            }
        }
        return runtimes;
    }

    /** The minutes of the week (0 = Sunday 00:00) at which a recurring schedule starts its job. */
    static List<Integer> starts(Schedule schedule) {
        List<Integer> starts = new ArrayList<>();
        boolean[] days = days(schedule);
        if (days == null) {
            return starts;
        }
        int first = minuteOfDay(schedule.getActiveStartTime());
        int last = minuteOfDay(schedule.getActiveEndTime());
        int step = switch (schedule.getFrequencySubdayType()) {
            case MINUTES -> schedule.getFrequencySubdayInterval();
            case HOURS -> schedule.getFrequencySubdayInterval() * 60;
            case SECONDS -> Math.max(1, schedule.getFrequencySubdayInterval() / 60);
            default -> 0;
        };
        for (int day = 0; day < 7; day++) {
            if (!days[day]) {
                continue;
            }
            if (step <= 0 || schedule.getFrequencySubdayType() == FrequencySubdayType.AT_TIME) {
                starts.add(day * 1440 + first);
            } else {
                for (int minute = first; minute <= last && minute < 1440; minute += step) {
                    starts.add(day * 1440 + minute);
                }
            }
        }
        return starts;
    }

    /** Which days of the week the schedule runs; null for schedules that do not recur. */
    private static boolean[] days(Schedule schedule) {
        boolean[] days = new boolean[7];
        FrequencyType type = schedule.getFrequencyType();
        if (type == FrequencyType.WEEKLY) {
            for (int day = 0; day < 7; day++) {
                days[day] = (schedule.getFrequencyInterval() & (1 << day)) != 0;
            }
        } else if (type == FrequencyType.DAILY || type == FrequencyType.MONTHLY || type == FrequencyType.MONTHLY_RELATIVE) {
            java.util.Arrays.fill(days, true);
        } else {
            return null;
        }
        return days;
    }

    /** Agent times are integers HHMMSS. */
    private static int minuteOfDay(int hhmmss) {
        return Math.min(1439, (hhmmss / 10000) * 60 + (hhmmss / 100) % 100);
    }

    /** Executions running in each minute of the week, with the jobs behind them. */
    private static final class Load {
        private final int[] running = new int[WEEK];
        private final Map<Integer, Set<AgentJob>> jobsAt = new LinkedHashMap<>();

        void add(AgentJob job, int start, int minutes) {
            for (int i = 0; i < minutes; i++) {
                int minute = (start + i) % WEEK;
                if (jobsAt.computeIfAbsent(minute, m -> new LinkedHashSet<>()).add(job)) {
                    running[minute]++;
                }
            }
        }

        int peak() {
            int peak = 0;
            for (int count : running) {
                peak = Math.max(peak, count);
            }
            return peak;
        }

        String describe() {
            int peak = peak();
            int at = 0;
            while (running[at] != peak) {
                at++;
            }
            List<String> names = jobsAt.get(at).stream().map(AgentJob::getName).toList();
            return String.format(Locale.ROOT, "%d executions at once on %s %02d:%02d (jobs: %s)", peak, DAYS[at / 1440],
                    at % 1440 / 60, at % 60, String.join(", ", names));
        }
    }
}
