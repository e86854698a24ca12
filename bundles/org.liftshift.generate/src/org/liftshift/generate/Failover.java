package org.liftshift.generate;

import java.util.List;

import org.liftshift.generate.internal.bcdr.FailoverPlan;
import org.liftshift.generate.internal.runbook.BcdrRunbook;
import org.liftshift.model.plan.MigrationPlan;
import org.liftshift.model.target.AzureSsisIntegrationRuntime;
import org.liftshift.model.target.FailoverGroup;

/**
 * The failover scenarios of a design as the BCDR runbook lists them, for documents other than the
 * kit: which scenario applies to which IR, where it moves, the kit script that performs it, and how
 * long the IR takes to start again.
 *
 * @param scenario short id, e.g. {@code mi-2}
 * @param script the kit file that performs the failover
 * @param expectedStart how long the IR takes to start in its new place
 * @param attaches whether a new factory and IR take over the existing SSISDB
 */
public record Failover(String scenario, String title, String summary, AzureSsisIntegrationRuntime runtime, FailoverGroup group,
        String newRegion, String script, String expectedStart, boolean attaches) {

    public static List<Failover> of(MigrationPlan plan) {
        return FailoverPlan.of(plan).stream()
                .map(f -> new Failover(f.scenario().id(), f.scenario().title(), f.scenario().summary(), f.runtime(), f.group(),
                        f.newRegion(), f.scriptPath(),
                        expectedStart(f.newRuntime() != null ? f.newRuntime() : f.runtime()), f.scenario().attaches()))
                .toList();
    }

    /** About 5 minutes without a virtual network or with express injection, 20-30 minutes with standard. */
    public static String expectedStart(AzureSsisIntegrationRuntime runtime) {
        return BcdrRunbook.startTime(runtime);
    }
}
