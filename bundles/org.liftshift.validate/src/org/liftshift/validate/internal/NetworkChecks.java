package org.liftshift.validate.internal;

import static org.liftshift.model.navigation.DesignNavigation.groupOf;
import static org.liftshift.model.navigation.DesignNavigation.hasText;
import static org.liftshift.model.navigation.DesignNavigation.networkOf;
import static org.liftshift.model.navigation.DesignNavigation.regionOf;
import static org.liftshift.model.navigation.DesignNavigation.sameRegion;
import static org.liftshift.model.navigation.DesignNavigation.subscriptionOf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.liftshift.model.target.AzureSsisIntegrationRuntime;
import org.liftshift.model.target.ManagedInstance;
import org.liftshift.model.target.NetworkSecurityGroup;
import org.liftshift.model.target.NextHopType;
import org.liftshift.model.target.PublicIpAddress;
import org.liftshift.model.target.PublicIpAllocation;
import org.liftshift.model.target.PublicIpSku;
import org.liftshift.model.target.ResourceGroup;
import org.liftshift.model.target.ResourceLockKind;
import org.liftshift.model.target.RoleAssignment;
import org.liftshift.model.target.Route;
import org.liftshift.model.target.Subnet;
import org.liftshift.model.target.SubnetOccupant;
import org.liftshift.model.target.Subscription;
import org.liftshift.model.target.VNetInjection;
import org.liftshift.model.target.VNetInjectionMethod;
import org.liftshift.model.target.VirtualNetwork;
import org.liftshift.model.target.VirtualNetworkKind;
import org.liftshift.validate.DesignRule;
import org.liftshift.validate.NetworkRequirements;
import org.liftshift.validate.NetworkRequirements.RequiredRule;
import org.liftshift.validate.SubnetFit;
import org.liftshift.validate.internal.NsgEvaluator.Flow;

/** Rules for an IR joined to a virtual network: NET-1 to NET-11. */
final class NetworkChecks {

    static final String BATCH_DELEGATION = SubnetFit.BATCH_DELEGATION;
    static final String VNET_JOIN_ACTION = "Microsoft.Network/virtualNetworks/*/join/action";
    static final String PUBLIC_IP_JOIN_ACTION = "Microsoft.Network/publicIPAddresses/*/join/action";

    private NetworkChecks() {
    }

    static List<Check> all() {
        return List.of(new JoinPermission(), new NetworkResourcesCreatable(), new NoResourceLocks(), new NoPolicyDenials(),
                new BatchProviderRegistered(), new SubnetFitForRuntime(), new NoOverlapWithCustomSetupRange(),
                new OwnPublicIpsSuitable(), new CustomDnsResolvesAzure(), new RequiredSecurityRules(),
                new BatchManagementNotTunnelled());
    }

    /** An IR joined to a virtual network, with the network's subnet and network resolved. */
    record Joined(AzureSsisIntegrationRuntime runtime, VNetInjection injection, Subnet subnet, VirtualNetwork network) {
        boolean standard() {
            return injection.getMethod() == VNetInjectionMethod.STANDARD;
        }
    }

    static List<Joined> joined(DesignIndex design) {
        List<Joined> joined = new ArrayList<>();
        for (AzureSsisIntegrationRuntime runtime : design.runtimes()) {
            VNetInjection injection = runtime.getVnetInjection();
            if (injection != null && injection.getSubnet() != null && networkOf(injection.getSubnet()) != null) {
                joined.add(new Joined(runtime, injection, injection.getSubnet(), networkOf(injection.getSubnet())));
            }
        }
        return joined;
    }

    /** NET-1 */
    static final class JoinPermission implements Check {
        @Override
        public void check(DesignIndex design, Findings findings) {
            for (Joined j : joined(design)) {
                Subscription subscription = subscriptionOf(j.network());
                List<RoleAssignment> assignments = subscription == null ? List.of() : subscription.getRoleAssignments();
                if (j.network().getKind() == VirtualNetworkKind.CLASSIC) {
                    if (assignments.stream().noneMatch(a -> covers(a, j.network()) && a.getRoleName() != null
                            && a.getRoleName().equalsIgnoreCase("Classic Virtual Machine Contributor"))) {
                        findings.error(DesignRule.NET_1, "No role assignment gives Classic Virtual Machine Contributor on classic"
                                + " virtual network " + Names.of(j.network()) + ".", j.injection(), j.network());
                    }
                    continue;
                }
                if (assignments.stream().noneMatch(a -> covers(a, j.network()) && grants(a, VNET_JOIN_ACTION))) {
                    findings.error(DesignRule.NET_1, "No role assignment lets the IR's creator join virtual network "
                            + Names.of(j.network()) + ".", j.injection(), j.network());
                }
                if (!j.injection().getPublicIps().isEmpty()
                        && assignments.stream().noneMatch(a -> covers(a, j.network()) && grants(a, PUBLIC_IP_JOIN_ACTION))) {
                    findings.error(DesignRule.NET_1, "No role assignment lets the IR's creator join the public IPs of IR "
                            + Names.of(j.runtime()) + ".", j.injection());
                }
            }
        }

        private static boolean covers(RoleAssignment assignment, VirtualNetwork network) {
            EObject scope = assignment.getScope();
            return scope == null || scope == network || scope == groupOf(network) || scope == subscriptionOf(network);
        }

        private static boolean grants(RoleAssignment assignment, String action) {
            String role = assignment.getRoleName() == null ? "" : assignment.getRoleName().trim();
            if (role.equalsIgnoreCase("Network Contributor") || role.equalsIgnoreCase("Owner")
                    || role.equalsIgnoreCase("Contributor")) {
                return true;
            }
            return assignment.getActions().stream().anyMatch(a -> a.equals("*") || a.equalsIgnoreCase(action)
                    || a.equalsIgnoreCase("Microsoft.Network/*"));
        }
    }

    /** NET-2 */
    static final class NetworkResourcesCreatable implements Check {
        @Override
        public void check(DesignIndex design, Findings findings) {
            for (Joined j : joined(design)) {
                ResourceGroup group = groupOf(j.network());
                if (j.standard() && group != null && !group.isAllowsNetworkResourceCreation()) {
                    findings.error(DesignRule.NET_2, "Resource group " + Names.of(group) + " of virtual network "
                            + Names.of(j.network()) + " does not allow the load balancer, NSG and public IP that standard"
                            + " injection creates.", group, j.injection());
                }
            }
        }
    }

    /** NET-3 */
    static final class NoResourceLocks implements Check {
        @Override
        public void check(DesignIndex design, Findings findings) {
            for (Joined j : joined(design)) {
                ResourceGroup group = groupOf(j.network());
                if (group != null && group.getLock() != null && group.getLock() != ResourceLockKind.NONE) {
                    findings.error(DesignRule.NET_3, "Resource group " + Names.of(group) + " of virtual network "
                            + Names.of(j.network()) + " has a " + group.getLock().getLiteral() + " lock.", group, j.injection());
                }
                Subscription subscription = subscriptionOf(j.network());
                if (subscription != null && subscription.getLock() != null && subscription.getLock() != ResourceLockKind.NONE) {
                    findings.error(DesignRule.NET_3, "Subscription " + Names.of(subscription) + " has a "
                            + subscription.getLock().getLiteral() + " lock.", subscription, j.injection());
                }
            }
        }
    }

    /** NET-4 */
    static final class NoPolicyDenials implements Check {
        @Override
        public void check(DesignIndex design, Findings findings) {
            for (Joined j : joined(design)) {
                List<String> needed = new ArrayList<>(List.of("Microsoft.Network/loadBalancers",
                        "Microsoft.Network/networkSecurityGroups"));
                if (!j.injection().getPublicIps().isEmpty() || j.standard()) {
                    needed.add("Microsoft.Network/publicIPAddresses");
                }
                ResourceGroup group = groupOf(j.network());
                Subscription subscription = subscriptionOf(j.network());
                for (String type : needed) {
                    EObject denying = denies(group, type) ? group : denies(subscription, type) ? subscription : null;
                    if (denying != null) {
                        findings.error(DesignRule.NET_4, "Azure Policy denies " + type + " in " + Names.of(denying)
                                + ", where IR " + Names.of(j.runtime()) + " creates it.", denying, j.injection());
                    }
                }
            }
        }

        private static boolean denies(EObject scope, String type) {
            List<String> denied = scope instanceof ResourceGroup g ? g.getDeniedResourceTypes()
                    : scope instanceof Subscription s ? s.getDeniedResourceTypes() : List.of();
            return denied.stream().anyMatch(d -> d.equalsIgnoreCase(type));
        }
    }

    /** NET-5 */
    static final class BatchProviderRegistered implements Check {
        @Override
        public void check(DesignIndex design, Findings findings) {
            for (Joined j : joined(design)) {
                Subscription subscription = subscriptionOf(j.network());
                if (j.standard() && subscription != null && !subscription.isBatchProviderRegistered()) {
                    findings.error(DesignRule.NET_5, "Microsoft.Batch is not registered in subscription " + Names.of(subscription)
                            + ", which standard injection of IR " + Names.of(j.runtime()) + " needs.", subscription, j.injection());
                }
            }
        }
    }

    /** NET-6 */
    static final class SubnetFitForRuntime implements Check {
        @Override
        public void check(DesignIndex design, Findings findings) {
            for (Joined j : joined(design)) {
                Subnet subnet = j.subnet();
                if ("GatewaySubnet".equalsIgnoreCase(subnet.getName())) {
                    findings.error(DesignRule.NET_6, "IR " + Names.of(j.runtime()) + " is joined to the GatewaySubnet.", j.injection(), subnet);
                }
                List<SubnetOccupant> others = subnet.getOccupants().stream().filter(o -> o != SubnetOccupant.NONE).toList();
                List<ManagedInstance> instances = design.managedInstancesIn(subnet);
                if (!others.isEmpty() || !instances.isEmpty()) {
                    findings.error(DesignRule.NET_6, "Subnet " + Names.of(subnet) + " of IR " + Names.of(j.runtime())
                            + " is also used by " + (instances.isEmpty() ? others.toString() : "Managed Instance "
                                    + Names.of(instances.get(0))) + ".", j.injection(), subnet);
                }
                Optional<Ipv4Range> range = Ipv4Range.parse(subnet.getAddressPrefix());
                if (range.isPresent()) {
                    long free = range.get().size() - Ipv4Range.AZURE_RESERVED - subnet.getUsedAddresses();
                    long needed = NetworkRequirements.addressesNeeded(j.runtime());
                    if (free < needed) {
                        findings.error(DesignRule.NET_6, "Subnet " + Names.of(subnet) + " (" + subnet.getAddressPrefix() + ") has "
                                + Math.max(free, 0) + " free addresses; IR " + Names.of(j.runtime()) + " with "
                                + j.runtime().getNodeCount() + " nodes needs " + needed + ".", subnet, j.runtime());
                    }
                }
                if (j.injection().getMethod() == VNetInjectionMethod.EXPRESS
                        && subnet.getDelegations().stream().noneMatch(d -> d.equalsIgnoreCase(BATCH_DELEGATION))) {
                    findings.error(DesignRule.NET_6, "Subnet " + Names.of(subnet) + " is not delegated to " + BATCH_DELEGATION
                            + ", which express injection of IR " + Names.of(j.runtime()) + " needs.", subnet, j.injection());
                }
            }
        }
    }

    /** NET-7 */
    static final class NoOverlapWithCustomSetupRange implements Check {
        @Override
        public void check(DesignIndex design, Findings findings) {
            for (Joined j : joined(design)) {
                AzureSsisIntegrationRuntime runtime = j.runtime();
                if (runtime.getCustomSetup() == null && runtime.getExpressSetups().isEmpty()) {
                    continue;
                }
                List<String> ranges = new ArrayList<>(j.network().getAddressSpaces());
                ranges.addAll(j.network().getOnPremisesRanges());
                for (String prefix : ranges) {
                    Optional<Ipv4Range> range = Ipv4Range.parse(prefix);
                    if (range.isPresent() && range.get().overlaps(Ipv4Range.CUSTOM_SETUP_RANGE)) {
                        findings.error(DesignRule.NET_7, "Range " + prefix + " of virtual network " + Names.of(j.network())
                                + " overlaps 172.16.0.0/12, which custom setup of IR " + Names.of(runtime) + " uses.",
                                j.network(), runtime);
                    }
                }
            }
        }
    }

    /** NET-8 */
    static final class OwnPublicIpsSuitable implements Check {
        @Override
        public void check(DesignIndex design, Findings findings) {
            for (Joined j : joined(design)) {
                List<PublicIpAddress> ips = j.injection().getPublicIps();
                if (ips.isEmpty()) {
                    continue;
                }
                if (ips.size() != 2) {
                    findings.error(DesignRule.NET_8, "IR " + Names.of(j.runtime()) + " brings " + ips.size()
                            + " public IPs; it needs exactly two.", j.injection());
                }
                for (PublicIpAddress ip : ips) {
                    List<String> faults = new ArrayList<>();
                    if (ip.getSku() != PublicIpSku.STANDARD) {
                        faults.add("not Standard SKU");
                    }
                    if (ip.getAllocation() != PublicIpAllocation.STATIC) {
                        faults.add("not static");
                    }
                    if (!hasText(ip.getDnsLabel())) {
                        faults.add("without a DNS name");
                    }
                    if (ip.isInUse()) {
                        faults.add("already in use");
                    }
                    String ipRegion = hasText(ip.getRegion()) ? ip.getRegion() : groupOf(ip) == null ? null : groupOf(ip).getRegion();
                    if (!sameRegion(ipRegion, regionOf(j.network()))) {
                        faults.add("in region " + ipRegion + " instead of " + regionOf(j.network()));
                    }
                    if (subscriptionOf(ip) != subscriptionOf(j.network())) {
                        faults.add("in another subscription than the virtual network");
                    }
                    if (!faults.isEmpty()) {
                        findings.error(DesignRule.NET_8, "Public IP " + Names.of(ip) + " of IR " + Names.of(j.runtime()) + " is "
                                + String.join(", ", faults) + ".", ip, j.injection());
                    }
                }
            }
        }
    }

    /** NET-9 */
    static final class CustomDnsResolvesAzure implements Check {
        @Override
        public void check(DesignIndex design, Findings findings) {
            for (Joined j : joined(design)) {
                VirtualNetwork network = j.network();
                if (!network.getDnsServers().isEmpty() && !network.isDnsForwardsToAzure()) {
                    findings.warning(DesignRule.NET_9, "Virtual network " + Names.of(network) + " uses custom DNS servers "
                            + network.getDnsServers() + " that are not known to forward to 168.63.129.16.", network);
                }
            }
        }
    }

    /** NET-10 */
    static final class RequiredSecurityRules implements Check {
        @Override
        public void check(DesignIndex design, Findings findings) {
            for (Joined j : joined(design)) {
                NetworkSecurityGroup nsg = j.subnet().getNetworkSecurityGroup();
                if (!j.standard() || nsg == null) {
                    continue; // without an NSG nothing is filtered; express injection has its own rules
                }
                for (Flow flow : requiredFlows(j)) {
                    if (!NsgEvaluator.allows(nsg, flow)) {
                        findings.error(DesignRule.NET_10, "NSG " + Names.of(nsg) + " of the subnet of IR " + Names.of(j.runtime())
                                + " does not allow " + flow + ".", nsg, j.runtime());
                    }
                }
            }
        }

        /** The flows NET-10 requires for this IR's choices, from the one list of required rules. */
        static List<Flow> requiredFlows(Joined j) {
            List<Flow> flows = new ArrayList<>();
            for (RequiredRule rule : NetworkRequirements.of(j.runtime())) {
                if (rule.rule() == DesignRule.NET_10 && rule.subnet() == j.subnet()) {
                    for (int port : rule.portsToCheck()) {
                        flows.add(new Flow(rule.direction(), rule.source(), rule.destination(), port));
                    }
                }
            }
            return flows;
        }
    }

    /** NET-11 */
    static final class BatchManagementNotTunnelled implements Check {
        @Override
        public void check(DesignIndex design, Findings findings) {
            for (Joined j : joined(design)) {
                if (!j.standard() || j.subnet().getRouteTable() == null) {
                    continue;
                }
                List<Route> routes = j.subnet().getRouteTable().getRoutes();
                boolean tunnelled = routes.stream().anyMatch(r -> "0.0.0.0/0".equals(r.getAddressPrefix())
                        && r.getNextHopType() != NextHopType.INTERNET);
                boolean batchToInternet = routes.stream().anyMatch(r -> r.getAddressPrefix() != null
                        && r.getAddressPrefix().toLowerCase(Locale.ROOT).startsWith("batchnodemanagement")
                        && r.getNextHopType() == NextHopType.INTERNET);
                if (tunnelled && !batchToInternet) {
                    findings.error(DesignRule.NET_11, "Route table " + Names.of(j.subnet().getRouteTable()) + " of IR "
                            + Names.of(j.runtime()) + " forces 0.0.0.0/0 through a tunnel without routing"
                            + " BatchNodeManagement." + regionOf(j.runtime()) + " to the Internet.", j.subnet().getRouteTable(),
                            j.runtime());
                }
            }
        }
    }
}
