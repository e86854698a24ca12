package org.liftshift.validate.internal;

import org.liftshift.model.navigation.DesignNavigation;

import static org.liftshift.model.navigation.DesignNavigation.networkOf;
import static org.liftshift.model.navigation.DesignNavigation.regionOf;
import static org.liftshift.model.navigation.DesignNavigation.sameRegion;

import java.util.List;

import org.liftshift.model.target.AzureSsisIntegrationRuntime;
import org.liftshift.model.target.CatalogEndpointKind;
import org.liftshift.model.target.FailoverGroup;
import org.liftshift.model.target.ManagedInstance;
import org.liftshift.model.target.NetworkSecurityGroup;
import org.liftshift.model.target.PublicIpAddress;
import org.liftshift.model.target.SecurityRuleDirection;
import org.liftshift.model.target.SsisCatalogDesign;
import org.liftshift.model.target.Subnet;
import org.liftshift.model.target.VirtualNetwork;
import org.liftshift.model.target.VirtualNetworkLink;
import org.liftshift.model.target.VirtualNetworkLinkKind;
import org.liftshift.validate.DesignRule;
import org.liftshift.validate.internal.NsgEvaluator.Flow;

/** How the IR reaches SSISDB on a Managed Instance: EP-1 to EP-4, and CON-2. */
final class EndpointChecks {

    static final int PUBLIC_ENDPOINT_PORT = 3342;

    private EndpointChecks() {
    }

    static List<Check> all() {
        return List.of(new SeparateSubnetFromManagedInstance(), new PrivateEndpointReachable(),
                new PublicEndpointWithoutVirtualNetwork(), new PublicEndpointFromVirtualNetwork(),
                new EndpointMatchesHost());
    }

    /** The catalog of an IR whose SSISDB is on a Managed Instance, reached through the given endpoint kind. */
    static ManagedInstance managedInstance(AzureSsisIntegrationRuntime runtime, CatalogEndpointKind kind) {
        SsisCatalogDesign catalog = runtime.getCatalog();
        if (catalog != null && catalog.getEndpointKind() == kind && catalog.getHost() instanceof ManagedInstance mi) {
            return mi;
        }
        return null;
    }

    static Subnet irSubnet(AzureSsisIntegrationRuntime runtime) {
        return runtime.getVnetInjection() == null ? null : runtime.getVnetInjection().getSubnet();
    }

    /** EP-1 */
    static final class SeparateSubnetFromManagedInstance implements Check {
        @Override
        public void check(DesignIndex design, Findings findings) {
            for (AzureSsisIntegrationRuntime runtime : design.runtimes()) {
                ManagedInstance mi = managedInstance(runtime, CatalogEndpointKind.PRIVATE);
                Subnet subnet = irSubnet(runtime);
                if (mi != null && subnet != null && subnet == mi.getSubnet()) {
                    findings.error(DesignRule.EP_1, "IR " + Names.of(runtime) + " is joined to subnet "
                            + Names.of(subnet) + ", which hosts Managed Instance " + Names.of(mi) + ".",
                            runtime.getVnetInjection(), subnet, mi);
                }
            }
        }
    }

    /** EP-2 */
    static final class PrivateEndpointReachable implements Check {
        @Override
        public void check(DesignIndex design, Findings findings) {
            for (AzureSsisIntegrationRuntime runtime : design.runtimes()) {
                ManagedInstance mi = managedInstance(runtime, CatalogEndpointKind.PRIVATE);
                if (mi == null || mi.getSubnet() == null) {
                    continue;
                }
                Subnet subnet = irSubnet(runtime);
                if (subnet == null) {
                    findings.error(DesignRule.EP_2, "IR " + Names.of(runtime) + " is not joined to a virtual network"
                            + " but reaches SSISDB on " + Names.of(mi) + " through its private endpoint.", runtime.getCatalog(), mi);
                    continue;
                }
                VirtualNetwork irNetwork = networkOf(subnet);
                VirtualNetwork miNetwork = networkOf(mi.getSubnet());
                if (irNetwork == null || miNetwork == null || irNetwork == miNetwork) {
                    continue;
                }
                VirtualNetworkLink link = link(irNetwork, miNetwork);
                boolean sameRegion = sameRegion(regionOf(irNetwork), regionOf(miNetwork));
                if (link == null) {
                    findings.error(DesignRule.EP_2, "Virtual network " + Names.of(irNetwork) + " of IR " + Names.of(runtime)
                            + " has no peering or VNet-to-VNet connection to " + Names.of(miNetwork) + " of Managed Instance "
                            + Names.of(mi) + (sameRegion ? "." : ", in another region."), runtime.getVnetInjection(), irNetwork, miNetwork);
                } else if (link.getKind() == VirtualNetworkLinkKind.GLOBAL_PEERING
                        || link.getKind() == VirtualNetworkLinkKind.PEERING && !sameRegion) {
                    findings.error(DesignRule.EP_2, "Virtual networks " + Names.of(irNetwork) + " and " + Names.of(miNetwork)
                            + " are in different regions and connected by peering, which cannot carry the private endpoint.",
                            link, irNetwork, miNetwork);
                }
            }
        }

        private static VirtualNetworkLink link(VirtualNetwork from, VirtualNetwork to) {
            for (VirtualNetworkLink link : from.getLinks()) {
                if (link.getRemote() == to) {
                    return link;
                }
            }
            for (VirtualNetworkLink link : to.getLinks()) {
                if (link.getRemote() == from) {
                    return link;
                }
            }
            return null;
        }
    }

    /** EP-3 */
    static final class PublicEndpointWithoutVirtualNetwork implements Check {
        @Override
        public void check(DesignIndex design, Findings findings) {
            for (AzureSsisIntegrationRuntime runtime : design.runtimes()) {
                ManagedInstance mi = managedInstance(runtime, CatalogEndpointKind.PUBLIC);
                if (mi == null || irSubnet(runtime) != null) {
                    continue;
                }
                if (!mi.isPublicEndpointEnabled()) {
                    findings.error(DesignRule.EP_3, "Managed Instance " + Names.of(mi) + " has its public endpoint disabled,"
                            + " but IR " + Names.of(runtime) + " reaches SSISDB through it.", mi, runtime.getCatalog());
                }
                NetworkSecurityGroup nsg = mi.getSubnet() == null ? null : mi.getSubnet().getNetworkSecurityGroup();
                Flow flow = new Flow(SecurityRuleDirection.INBOUND, "AzureCloud", "VirtualNetwork", PUBLIC_ENDPOINT_PORT);
                if (nsg == null || !NsgEvaluator.allows(nsg, flow)) {
                    findings.error(DesignRule.EP_3, "The NSG of Managed Instance " + Names.of(mi) + " does not allow " + flow + ".",
                            nsg == null ? mi : nsg, mi);
                }
            }
        }
    }

    /** EP-4 */
    static final class PublicEndpointFromVirtualNetwork implements Check {
        @Override
        public void check(DesignIndex design, Findings findings) {
            for (AzureSsisIntegrationRuntime runtime : design.runtimes()) {
                ManagedInstance mi = managedInstance(runtime, CatalogEndpointKind.PUBLIC);
                Subnet subnet = irSubnet(runtime);
                if (mi == null || subnet == null) {
                    continue;
                }
                List<PublicIpAddress> ips = runtime.getVnetInjection().getPublicIps();
                if (ips.isEmpty()) {
                    findings.error(DesignRule.EP_4, "IR " + Names.of(runtime) + " is in a virtual network and reaches the public"
                            + " endpoint of " + Names.of(mi) + " without public IPs of its own to allow at the Managed Instance.",
                            runtime.getVnetInjection(), mi);
                }
                NetworkSecurityGroup miNsg = mi.getSubnet() == null ? null : mi.getSubnet().getNetworkSecurityGroup();
                for (PublicIpAddress ip : ips) {
                    if (!DesignNavigation.hasText(ip.getIpAddress())) {
                        continue; // NET-8 and the kit deal with addresses not yet allocated
                    }
                    Flow inbound = new Flow(SecurityRuleDirection.INBOUND, ip.getIpAddress(), "VirtualNetwork", PUBLIC_ENDPOINT_PORT);
                    if (miNsg == null || !NsgEvaluator.allows(miNsg, inbound)) {
                        findings.error(DesignRule.EP_4, "The NSG of Managed Instance " + Names.of(mi) + " does not allow " + inbound
                                + " from IR public IP " + Names.of(ip) + ".", miNsg == null ? mi : miNsg, ip);
                    }
                }
                NetworkSecurityGroup irNsg = subnet.getNetworkSecurityGroup();
                String address = mi.getPublicEndpointAddress();
                if (!DesignNavigation.hasText(address)) {
                    findings.error(DesignRule.EP_4, "The public endpoint address of Managed Instance " + Names.of(mi)
                            + " is not recorded, so the IR's outbound rule cannot be checked or generated.", mi);
                } else if (irNsg != null) {
                    Flow outbound = new Flow(SecurityRuleDirection.OUTBOUND, "VirtualNetwork", address, PUBLIC_ENDPOINT_PORT);
                    if (!NsgEvaluator.allows(irNsg, outbound)) {
                        findings.error(DesignRule.EP_4, "The NSG of the IR subnet " + Names.of(subnet) + " does not allow "
                                + outbound + ".", irNsg, runtime);
                    }
                }
            }
        }
    }

    /** CON-2 */
    static final class EndpointMatchesHost implements Check {
        @Override
        public void check(DesignIndex design, Findings findings) {
            for (AzureSsisIntegrationRuntime runtime : design.runtimes()) {
                SsisCatalogDesign catalog = runtime.getCatalog();
                if (catalog == null || catalog.getHost() == null) {
                    continue;
                }
                if (catalog.getEndpointKind() == CatalogEndpointKind.PUBLIC && !(catalog.getHost() instanceof ManagedInstance)) {
                    findings.error(DesignRule.CON_2, "SSISDB of IR " + Names.of(runtime) + " uses the public endpoint kind,"
                            + " which only Managed Instances have; " + Names.of(catalog.getHost()) + " is a SQL Database server.",
                            catalog);
                }
                if (catalog.getEndpointKind() == CatalogEndpointKind.FAILOVER_GROUP_LISTENER) {
                    FailoverGroup group = catalog.getFailoverGroup();
                    if (group == null || group.getPrimary() != catalog.getHost() && group.getSecondary() != catalog.getHost()) {
                        findings.error(DesignRule.CON_2, "SSISDB of IR " + Names.of(runtime) + " uses a failover-group listener but "
                                + (group == null ? "names no failover group." : "failover group " + Names.of(group)
                                        + " does not contain host " + Names.of(catalog.getHost()) + "."), catalog);
                    }
                }
            }
        }
    }
}
