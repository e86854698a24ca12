package org.liftshift.validate.internal;

import java.util.List;

import org.liftshift.model.estate.SqlServerInstance;
import org.liftshift.model.estate.SsisCatalog;
import org.liftshift.model.navigation.DesignNavigation;
import org.liftshift.validate.DesignRule;
import org.liftshift.validate.PeakConcurrency;

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
            PeakConcurrency.of(design.plan(), design.jobs()).forEach((runtime, peak) -> {
                int capacity = PeakConcurrency.capacity(runtime);
                if (peak.jobs() > capacity) {
                    findings.warning(DesignRule.OPS_2, peak.jobs() + " SSIS jobs start at " + peak.time() + " on IR "
                            + Names.of(runtime) + ", which runs " + capacity + " at once (" + runtime.getNodeCount()
                            + " nodes x " + runtime.getMaxParallelExecutionsPerNode() + ").", runtime);
                }
            });
        }
    }
}
