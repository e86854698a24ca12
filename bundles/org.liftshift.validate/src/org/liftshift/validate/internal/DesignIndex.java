package org.liftshift.validate.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.liftshift.model.estate.AgentJob;
import org.liftshift.model.estate.ConnectionManager;
import org.liftshift.model.estate.SsisCatalog;
import org.liftshift.model.plan.MigrationPlan;
import org.liftshift.model.target.AzureSsisIntegrationRuntime;
import org.liftshift.model.target.FailoverGroup;
import org.liftshift.model.target.ManagedInstance;
import org.liftshift.model.target.Subnet;

/**
 * The lookups checks need, built in one pass over the plan so that a large design is walked once,
 * not once per rule.
 */
public final class DesignIndex {

    private final MigrationPlan plan;
    private final List<AzureSsisIntegrationRuntime> runtimes = new ArrayList<>();
    private final List<SsisCatalog> estateCatalogs;
    private final List<FailoverGroup> failoverGroups = new ArrayList<>();
    private final List<ConnectionManager> connectionManagers;
    private final List<AgentJob> jobs;
    private final Map<Subnet, List<ManagedInstance>> managedInstancesBySubnet = new HashMap<>();

    public DesignIndex(MigrationPlan plan) {
        this(plan, new EstateIndex(plan.getEstate()));
    }

    /** The index of a plan whose estate is indexed already. */
    public DesignIndex(MigrationPlan plan, EstateIndex estate) {
        this.plan = plan;
        this.estateCatalogs = estate.catalogs();
        this.connectionManagers = estate.connectionManagers();
        this.jobs = estate.jobs();
        for (EObject top : plan.eContents()) {
            if (top == plan.getEstate()) {
                continue;
            }
            for (TreeIterator<EObject> it = top.eAllContents(); it.hasNext();) {
                EObject object = it.next();
                if (object instanceof AzureSsisIntegrationRuntime runtime) {
                    runtimes.add(runtime);
                } else if (object instanceof ManagedInstance mi && mi.getSubnet() != null) {
                    managedInstancesBySubnet.computeIfAbsent(mi.getSubnet(), s -> new ArrayList<>()).add(mi);
                } else if (object instanceof FailoverGroup group) {
                    failoverGroups.add(group);
                }
            }
        }
    }

    public MigrationPlan plan() {
        return plan;
    }

    public List<AzureSsisIntegrationRuntime> runtimes() {
        return runtimes;
    }

    public List<SsisCatalog> estateCatalogs() {
        return estateCatalogs;
    }

    public List<FailoverGroup> failoverGroups() {
        return failoverGroups;
    }

    public List<ConnectionManager> connectionManagers() {
        return connectionManagers;
    }

    public List<AgentJob> jobs() {
        return jobs;
    }

    public List<ManagedInstance> managedInstancesIn(Subnet subnet) {
        return managedInstancesBySubnet.getOrDefault(subnet, List.of());
    }
}
