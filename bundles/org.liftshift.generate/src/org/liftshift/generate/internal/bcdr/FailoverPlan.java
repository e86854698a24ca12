package org.liftshift.generate.internal.bcdr;

import java.util.ArrayList;
import java.util.List;

import org.liftshift.generate.internal.text.FileNames;

import org.liftshift.model.navigation.DesignNavigation;
import org.liftshift.model.plan.BcdrDesign;
import org.liftshift.model.plan.MigrationPlan;
import org.liftshift.model.target.AzureSsisIntegrationRuntime;
import org.liftshift.model.target.CatalogEndpointKind;
import org.liftshift.model.target.CustomSetup;
import org.liftshift.model.target.DataFactory;
import org.liftshift.model.target.FailoverGroup;
import org.liftshift.model.target.ManagedInstance;
import org.liftshift.model.target.SqlHost;
import org.liftshift.model.target.SsisCatalogDesign;
import org.liftshift.model.target.Subnet;

/**
 * What one failover scenario changes for one integration runtime: the values the scripts and the
 * runbook fill in. The new subnet and custom setup come from the BCDR design's secondary IR when the
 * design has one; without it the scenario script asks for the subnet.
 *
 * @param newRuntime the IR that takes over in attach scenarios (null otherwise)
 */
public record FailoverPlan(FailoverScenario scenario, AzureSsisIntegrationRuntime runtime, FailoverGroup group,
        SqlHost newHost, String newRegion, Subnet newSubnet, CustomSetup newCustomSetup, DataFactory newFactory,
        AzureSsisIntegrationRuntime newRuntime) {

    /** Every scenario that applies to the design, runtime by runtime in design order. */
    public static List<FailoverPlan> of(MigrationPlan plan) {
        List<FailoverPlan> plans = new ArrayList<>();
        for (AzureSsisIntegrationRuntime runtime : DesignNavigation.runtimes(plan)) {
            SsisCatalogDesign catalog = runtime.getCatalog();
            if (catalog == null || catalog.getHost() == null) {
                continue;
            }
            FailoverGroup group = failoverGroup(plan, catalog);
            if (group == null || group.getSecondary() == null) {
                continue;
            }
            AzureSsisIntegrationRuntime counterpart = counterpart(plan, runtime);
            boolean managedInstance = catalog.getHost() instanceof ManagedInstance;
            boolean injected = runtime.getVnetInjection() != null && runtime.getVnetInjection().getSubnet() != null;
            FailoverScenario scenario;
            if (catalog.getEndpointKind() == CatalogEndpointKind.FAILOVER_GROUP_LISTENER) {
                scenario = managedInstance ? FailoverScenario.MI_1_LISTENER : FailoverScenario.SQLDB_1_LISTENER;
            } else if (managedInstance && catalog.getEndpointKind() == CatalogEndpointKind.PUBLIC && !injected) {
                scenario = FailoverScenario.MI_3_PUBLIC_ENDPOINT;
            } else {
                scenario = managedInstance ? FailoverScenario.MI_2_PRIMARY_ENDPOINT : FailoverScenario.SQLDB_2_PRIMARY_ENDPOINT;
            }
            String region = DesignNavigation.regionOf(group.getSecondary());
            Subnet subnet = counterpart != null && counterpart.getVnetInjection() != null
                    ? counterpart.getVnetInjection().getSubnet() : null;
            CustomSetup setup = counterpart != null && counterpart.getCustomSetup() != null ? counterpart.getCustomSetup()
                    : runtime.getCustomSetup();
            plans.add(new FailoverPlan(scenario, runtime, group, group.getSecondary(), region,
                    scenario == FailoverScenario.MI_3_PUBLIC_ENDPOINT ? null : subnet, setup, null, null));
            if (counterpart != null) {
                plans.add(new FailoverPlan(managedInstance ? FailoverScenario.MI_4_ATTACH : FailoverScenario.SQLDB_3_ATTACH,
                        runtime, group, group.getSecondary(), DesignNavigation.regionOf(counterpart), subnet, setup,
                        DesignNavigation.factoryOf(counterpart), counterpart));
            }
        }
        return plans;
    }

    /** Whether the runtime needs a virtual network after failover (every scenario but MI 3). */
    public boolean injected() {
        return scenario != FailoverScenario.MI_3_PUBLIC_ENDPOINT
                && (newSubnet != null || runtime.getVnetInjection() != null && runtime.getVnetInjection().getSubnet() != null);
    }

    /** The kit file of the scenario's PowerShell, e.g. {@code powershell/bcdr/mi-2-ir-ssis-fin-weu.ps1}. */
    public String scriptPath() {
        return "powershell/bcdr/" + scenario.id() + "-" + FileNames.safe(runtime.getName()) + ".ps1";
    }

    private static FailoverGroup failoverGroup(MigrationPlan plan, SsisCatalogDesign catalog) {
        if (catalog.getFailoverGroup() != null) {
            return catalog.getFailoverGroup();
        }
        if (plan.getBcdr() != null && plan.getBcdr().getFailoverGroup() != null
                && plan.getBcdr().getFailoverGroup().getPrimary() == catalog.getHost()) {
            return plan.getBcdr().getFailoverGroup();
        }
        return null;
    }

    /** The secondary IR the BCDR design pairs with the runtime, if any. */
    private static AzureSsisIntegrationRuntime counterpart(MigrationPlan plan, AzureSsisIntegrationRuntime runtime) {
        BcdrDesign bcdr = plan.getBcdr();
        return bcdr != null && bcdr.getPrimaryRuntime() == runtime ? bcdr.getSecondaryRuntime() : null;
    }
}
