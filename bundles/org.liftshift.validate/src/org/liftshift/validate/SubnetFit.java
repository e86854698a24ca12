package org.liftshift.validate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.liftshift.model.navigation.DesignNavigation;
import org.liftshift.model.plan.MigrationPlan;
import org.liftshift.model.target.AzureSsisIntegrationRuntime;
import org.liftshift.model.target.ManagedInstance;
import org.liftshift.model.target.Subnet;
import org.liftshift.model.target.SubnetOccupant;
import org.liftshift.model.target.VNetInjectionMethod;
import org.liftshift.model.target.VirtualNetwork;

/**
 * Which subnets of a design an IR may join (NET-6): not the GatewaySubnet, used by nothing else (no
 * Managed Instance, no other occupant), with two free addresses per node, delegated to Azure Batch for
 * express injection, and in a virtual network of the IR's region. The quick fix of the Network page
 * picks the best of them.
 */
public final class SubnetFit {

    /** The delegation express injection needs on the IR subnet. */
    public static final String BATCH_DELEGATION = "Microsoft.Batch/batchAccounts"; //$NON-NLS-1$

    private SubnetFit() {
    }

    /** Whether the runtime may join the subnet. */
    public static boolean fits(MigrationPlan plan, AzureSsisIntegrationRuntime runtime, Subnet subnet) {
        return fitting(plan, runtime).contains(subnet);
    }

    /** The subnets the runtime may join: first those of its current virtual network, then the roomiest. */
    public static List<Subnet> fitting(MigrationPlan plan, AzureSsisIntegrationRuntime runtime) {
        Set<Subnet> taken = new HashSet<>();
        List<Subnet> all = new ArrayList<>();
        for (var it = plan.getTarget().eAllContents(); it.hasNext();) {
            EObject object = it.next();
            if (object instanceof ManagedInstance mi && mi.getSubnet() != null) {
                taken.add(mi.getSubnet());
            } else if (object instanceof Subnet subnet) {
                all.add(subnet);
            }
        }
        VirtualNetwork current = runtime.getVnetInjection() == null || runtime.getVnetInjection().getSubnet() == null ? null
                : DesignNavigation.networkOf(runtime.getVnetInjection().getSubnet());
        boolean express = runtime.getVnetInjection() != null && runtime.getVnetInjection().getMethod() == VNetInjectionMethod.EXPRESS;
        long needed = NetworkRequirements.addressesNeeded(runtime);
        String region = DesignNavigation.regionOf(runtime);
        return all.stream().filter(s -> !taken.contains(s) && !"GatewaySubnet".equalsIgnoreCase(s.getName())) //$NON-NLS-1$
                .filter(s -> s.getOccupants().stream().allMatch(o -> o == SubnetOccupant.NONE))
                .filter(s -> NetworkRequirements.freeAddresses(s).orElse(-1) >= needed)
                .filter(s -> !express || s.getDelegations().stream().anyMatch(d -> d.equalsIgnoreCase(BATCH_DELEGATION)))
                .filter(s -> DesignNavigation.networkOf(s) != null
                        && DesignNavigation.sameRegion(DesignNavigation.regionOf(DesignNavigation.networkOf(s)), region))
                .sorted(Comparator.comparing((Subnet s) -> DesignNavigation.networkOf(s) != current)
                        .thenComparing(s -> -NetworkRequirements.freeAddresses(s).orElse(0)))
                .toList();
    }

    /** The best subnet for the runtime other than the one it has, if there is one. */
    public static Optional<Subnet> better(MigrationPlan plan, AzureSsisIntegrationRuntime runtime) {
        Subnet current = runtime.getVnetInjection() == null ? null : runtime.getVnetInjection().getSubnet();
        List<Subnet> fitting = fitting(plan, runtime);
        if (current != null && fitting.contains(current)) {
            return Optional.empty();
        }
        return fitting.stream().filter(s -> s != current).findFirst();
    }
}
