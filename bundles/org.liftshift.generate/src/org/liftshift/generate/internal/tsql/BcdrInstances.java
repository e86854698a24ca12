package org.liftshift.generate.internal.tsql;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.liftshift.model.navigation.DesignNavigation;
import org.liftshift.model.plan.BcdrDesign;
import org.liftshift.model.plan.MigrationPlan;
import org.liftshift.model.plan.OrchestrationKind;
import org.liftshift.model.target.AzureSsisIntegrationRuntime;
import org.liftshift.model.target.FailoverGroup;
import org.liftshift.model.target.ManagedInstance;
import org.liftshift.model.target.SqlHost;

/** Which Managed Instances play which part in the plan's BCDR design. */
final class BcdrInstances {

    private BcdrInstances() {
    }

    /** The primary instance when BCDR orchestrates with Managed Instance Agent (BCDR-2), else null. */
    static ManagedInstance agentPrimary(MigrationPlan plan) {
        FailoverGroup group = agentFailoverGroup(plan);
        return group == null ? null : (ManagedInstance) group.getPrimary();
    }

    /** The instance that holds the standby copies of the jobs (BCDR-2), else null. */
    static ManagedInstance agentStandby(MigrationPlan plan) {
        FailoverGroup group = agentFailoverGroup(plan);
        return group == null ? null : (ManagedInstance) group.getSecondary();
    }

    private static FailoverGroup agentFailoverGroup(MigrationPlan plan) {
        BcdrDesign bcdr = plan.getBcdr();
        if (bcdr == null || bcdr.getOrchestration() != OrchestrationKind.MI_AGENT_JOB || bcdr.getFailoverGroup() == null) {
            return null;
        }
        FailoverGroup group = bcdr.getFailoverGroup();
        return group.getPrimary() instanceof ManagedInstance && group.getSecondary() instanceof ManagedInstance ? group : null;
    }

    /**
     * Failover groups of Managed Instances holding an SSISDB that do not carry the service master
     * key (created before September 2021): their DMK needs a password on both sides (BCDR-3).
     */
    static List<FailoverGroup> needingMasterKeyPassword(MigrationPlan plan) {
        Set<FailoverGroup> groups = new LinkedHashSet<>();
        for (AzureSsisIntegrationRuntime runtime : DesignNavigation.runtimes(plan)) {
            if (runtime.getCatalog() == null) {
                continue;
            }
            for (FailoverGroup group : failoverGroupsOf(plan, runtime.getCatalog().getHost())) {
                if (group.getPrimary() instanceof ManagedInstance && group.getSecondary() instanceof ManagedInstance
                        && !group.isCarriesServiceMasterKey()) {
                    groups.add(group);
                }
            }
        }
        return new ArrayList<>(groups);
    }

    /** The failover groups of the design in which {@code host} is the primary. */
    static List<FailoverGroup> failoverGroupsOf(MigrationPlan plan, SqlHost host) {
        List<FailoverGroup> groups = new ArrayList<>();
        if (plan.getTarget() == null) {
            return groups;
        }
        plan.getTarget().eAllContents().forEachRemaining(object -> {
            if (object instanceof FailoverGroup group && host != null && group.getPrimary() == host) {
                groups.add(group);
            }
        });
        return groups;
    }
}
