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
import org.liftshift.model.target.DataFactory;
import org.liftshift.model.target.FailoverGroup;
import org.liftshift.model.target.ManagedInstance;
import org.liftshift.model.target.ResourceGroup;
import org.liftshift.model.target.SqlHost;
import org.liftshift.model.target.Subnet;
import org.liftshift.model.target.Subscription;
import org.liftshift.model.target.VirtualNetwork;

/**
 * The lookups checks need, built in one pass over the plan so that a large design is walked once,
 * not once per rule.
 */
public final class DesignIndex {

    private final MigrationPlan plan;
    private final List<AzureSsisIntegrationRuntime> runtimes = new ArrayList<>();
    private final List<SsisCatalog> estateCatalogs = new ArrayList<>();
    private final List<FailoverGroup> failoverGroups = new ArrayList<>();
    private final List<ConnectionManager> connectionManagers = new ArrayList<>();
    private final List<AgentJob> jobs = new ArrayList<>();
    private final Map<Subnet, List<ManagedInstance>> managedInstancesBySubnet = new HashMap<>();

    public DesignIndex(MigrationPlan plan) {
        this.plan = plan;
        for (TreeIterator<EObject> it = plan.eAllContents(); it.hasNext();) {
            EObject object = it.next();
            if (object instanceof AzureSsisIntegrationRuntime runtime) {
                runtimes.add(runtime);
            } else if (object instanceof ManagedInstance mi && mi.getSubnet() != null) {
                managedInstancesBySubnet.computeIfAbsent(mi.getSubnet(), s -> new ArrayList<>()).add(mi);
            } else if (object instanceof FailoverGroup group) {
                failoverGroups.add(group);
            } else if (object instanceof SsisCatalog catalog) {
                estateCatalogs.add(catalog);
            } else if (object instanceof ConnectionManager manager) {
                connectionManagers.add(manager);
            } else if (object instanceof AgentJob job) {
                jobs.add(job);
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

    public static <T> T ancestor(EObject object, Class<T> type) {
        for (EObject current = object; current != null; current = current.eContainer()) {
            if (type.isInstance(current)) {
                return type.cast(current);
            }
        }
        return null;
    }

    public static VirtualNetwork networkOf(Subnet subnet) {
        return ancestor(subnet, VirtualNetwork.class);
    }

    public static ResourceGroup groupOf(EObject object) {
        return ancestor(object, ResourceGroup.class);
    }

    public static Subscription subscriptionOf(EObject object) {
        return ancestor(object, Subscription.class);
    }

    public static DataFactory factoryOf(AzureSsisIntegrationRuntime runtime) {
        return ancestor(runtime, DataFactory.class);
    }

    /** The IR's region: its own, else its factory's, else its resource group's. */
    public static String regionOf(AzureSsisIntegrationRuntime runtime) {
        if (hasText(runtime.getRegion())) {
            return runtime.getRegion();
        }
        DataFactory factory = factoryOf(runtime);
        if (factory != null && hasText(factory.getRegion())) {
            return factory.getRegion();
        }
        ResourceGroup group = groupOf(runtime);
        return group == null ? null : group.getRegion();
    }

    public static String regionOf(SqlHost host) {
        if (hasText(host.getRegion())) {
            return host.getRegion();
        }
        ResourceGroup group = groupOf(host);
        return group == null ? null : group.getRegion();
    }

    public static String regionOf(VirtualNetwork network) {
        if (hasText(network.getRegion())) {
            return network.getRegion();
        }
        ResourceGroup group = groupOf(network);
        return group == null ? null : group.getRegion();
    }

    public static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    public static boolean sameRegion(String a, String b) {
        return a != null && b != null && a.replace(" ", "").equalsIgnoreCase(b.replace(" ", ""));
    }
}
