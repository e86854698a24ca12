package org.liftshift.validate;

import static org.eclipse.emf.common.util.Diagnostic.ERROR;
import static org.eclipse.emf.common.util.Diagnostic.WARNING;
import static org.liftshift.validate.Baseline.E;
import static org.liftshift.validate.Baseline.T;

import java.util.List;
import java.util.function.Consumer;

import org.liftshift.model.estate.AuthenticationKind;
import org.liftshift.model.estate.Package;
import org.liftshift.model.plan.OrchestrationKind;
import org.liftshift.model.target.CatalogEndpointKind;
import org.liftshift.model.target.CustomSetup;
import org.liftshift.model.target.ExpressCustomSetup;
import org.liftshift.model.target.ExpressSetupKind;
import org.liftshift.model.target.NextHopType;
import org.liftshift.model.target.PublicIpAddress;
import org.liftshift.model.target.PublicIpAllocation;
import org.liftshift.model.target.PublicIpSku;
import org.liftshift.model.target.ResourceLockKind;
import org.liftshift.model.target.Route;
import org.liftshift.model.target.RouteTable;
import org.liftshift.model.target.SecretKind;
import org.liftshift.model.target.SecretReference;
import org.liftshift.model.target.SecurityRule;
import org.liftshift.model.target.SecurityRuleAccess;
import org.liftshift.model.target.SecurityRuleDirection;
import org.liftshift.model.target.SqlDatabaseServer;
import org.liftshift.model.target.SsisDbAuthentication;
import org.liftshift.model.target.SubnetOccupant;
import org.liftshift.model.target.VNetInjectionMethod;
import org.liftshift.model.target.VirtualNetwork;
import org.liftshift.model.target.VirtualNetworkLink;
import org.liftshift.model.target.VirtualNetworkLinkKind;

/** At least one passing and one failing design for every design rule. */
final class RuleCases {

    private static final Consumer<Baseline> AS_IS = d -> {
    };

    private RuleCases() {
    }

    static List<RuleCase> all() {
        return List.of(
                RuleCase.of(DesignRule.EP_1, ERROR, "IR joined to the Managed Instance's subnet", AS_IS,
                        d -> d.ir.getVnetInjection().setSubnet(d.miSubnet)),
                RuleCase.of(DesignRule.EP_2, ERROR, "private endpoint from an IR outside any virtual network", AS_IS,
                        d -> d.ir.setVnetInjection(null)),
                RuleCase.of(DesignRule.EP_2, ERROR, "other virtual network without a link", RuleCases::peeredNetwork,
                        d -> d.network.getLinks().clear()),
                RuleCase.of(DesignRule.EP_2, ERROR, "global peering across regions", RuleCases::vnetToVnetAcrossRegions,
                        d -> d.network.getLinks().get(0).setKind(VirtualNetworkLinkKind.GLOBAL_PEERING)),
                RuleCase.of(DesignRule.EP_3, ERROR, "public endpoint without the AzureCloud 3342 rule", RuleCases::publicWithoutVnet,
                        d -> d.miNsg.getRules().clear()),
                RuleCase.of(DesignRule.EP_3, ERROR, "public endpoint disabled", RuleCases::publicWithoutVnet,
                        d -> d.mi.setPublicEndpointEnabled(false)),
                RuleCase.of(DesignRule.EP_4, ERROR, "IR public IPs not allowed at the Managed Instance", RuleCases::publicFromVnet,
                        d -> d.miNsg.getRules().clear()),
                RuleCase.of(DesignRule.EP_4, ERROR, "outbound 3342 denied at the IR subnet", RuleCases::publicFromVnet,
                        d -> d.irNsg.getRules().add(deny("DenyPublicEndpoint", 200, SecurityRuleDirection.OUTBOUND,
                                "VirtualNetwork", "20.50.60.70", "3342"))),
                RuleCase.of(DesignRule.NET_1, ERROR, "no role assignment", AS_IS, d -> d.subscription.getRoleAssignments().clear()),
                RuleCase.of(DesignRule.NET_1, ERROR, "custom role without the join action", RuleCases::customJoinRole,
                        d -> d.subscription.getRoleAssignments().get(0).getActions().clear()),
                RuleCase.of(DesignRule.NET_2, ERROR, "resource group refuses network resources", AS_IS,
                        d -> d.primaryGroup.setAllowsNetworkResourceCreation(false)),
                RuleCase.of(DesignRule.NET_3, ERROR, "read-only lock on the resource group", AS_IS,
                        d -> d.primaryGroup.setLock(ResourceLockKind.READ_ONLY)),
                RuleCase.of(DesignRule.NET_3, ERROR, "delete lock on the subscription", AS_IS,
                        d -> d.subscription.setLock(ResourceLockKind.CAN_NOT_DELETE)),
                RuleCase.of(DesignRule.NET_4, ERROR, "policy denies load balancers", AS_IS,
                        d -> d.primaryGroup.getDeniedResourceTypes().add("Microsoft.Network/loadBalancers")),
                RuleCase.of(DesignRule.NET_5, ERROR, "Microsoft.Batch not registered", AS_IS,
                        d -> d.subscription.setBatchProviderRegistered(false)),
                RuleCase.of(DesignRule.NET_6, ERROR, "GatewaySubnet", AS_IS, d -> d.irSubnet.setName("GatewaySubnet")),
                RuleCase.of(DesignRule.NET_6, ERROR, "subnet smaller than 2 x nodes + 5", AS_IS,
                        d -> d.irSubnet.setAddressPrefix("10.20.2.0/29")),
                RuleCase.of(DesignRule.NET_6, ERROR, "subnet shared with App Service", AS_IS,
                        d -> d.irSubnet.getOccupants().add(SubnetOccupant.APP_SERVICE)),
                RuleCase.of(DesignRule.NET_6, ERROR, "express injection into a subnet not delegated to Batch",
                        RuleCases::expressInjection, d -> d.irSubnet.getDelegations().clear()),
                RuleCase.of(DesignRule.NET_7, ERROR, "virtual network overlaps 172.16.0.0/12 with custom setup",
                        RuleCases::customSetup, d -> d.network.getAddressSpaces().add("172.20.0.0/16")),
                RuleCase.of(DesignRule.NET_7, ERROR, "on-premises range overlaps 172.16.0.0/12 with express setup",
                        RuleCases::cmdkeySetup, d -> d.network.getOnPremisesRanges().add("172.31.8.0/24")),
                RuleCase.of(DesignRule.NET_8, ERROR, "a Basic public IP", RuleCases::ownPublicIps,
                        d -> d.ir.getVnetInjection().getPublicIps().get(1).setSku(PublicIpSku.BASIC)),
                RuleCase.of(DesignRule.NET_8, ERROR, "only one public IP", RuleCases::ownPublicIps,
                        d -> d.ir.getVnetInjection().getPublicIps().remove(1)),
                RuleCase.of(DesignRule.NET_8, ERROR, "a public IP in another region", RuleCases::ownPublicIps,
                        d -> d.ir.getVnetInjection().getPublicIps().get(0).setRegion("eastus")),
                RuleCase.of(DesignRule.NET_9, WARNING, "custom DNS that does not forward to Azure", RuleCases::customDns,
                        d -> d.network.setDnsForwardsToAzure(false)),
                RuleCase.of(DesignRule.NET_10, ERROR, "no inbound rule for Batch management", AS_IS,
                        d -> d.irNsg.getRules().clear()),
                RuleCase.of(DesignRule.NET_10, ERROR, "outbound 443 to AzureCloud denied", AS_IS,
                        d -> d.irNsg.getRules().add(deny("DenyAzureCloud", 300, SecurityRuleDirection.OUTBOUND, "*",
                                "AzureCloud", "443"))),
                RuleCase.of(DesignRule.NET_10, ERROR, "redirect ports to SSISDB denied", AS_IS,
                        d -> d.irNsg.getRules().add(deny("DenyRedirect", 300, SecurityRuleDirection.OUTBOUND, "*", "*",
                                "11000-11999"))),
                RuleCase.of(DesignRule.NET_11, ERROR, "forced tunnelling without a Batch route", RuleCases::forcedTunnelling,
                        d -> d.irSubnet.getRouteTable().getRoutes().remove(1)),
                RuleCase.of(DesignRule.AUTH_1, ERROR, "SQL authentication without a password reference",
                        RuleCases::sqlAuthentication, d -> d.ir.getCatalog().setAdminPassword(null)),
                RuleCase.of(DesignRule.AUTH_1, ERROR, "SQL authentication without an admin login", RuleCases::sqlAuthentication,
                        d -> d.ir.getCatalog().setAdminUserName(" ")),
                RuleCase.of(DesignRule.AUTH_2, ERROR, "Entra authentication disabled on the Managed Instance", AS_IS,
                        d -> d.mi.setEntraAuthenticationEnabled(false)),
                RuleCase.of(DesignRule.AUTH_3, WARNING, "Windows authentication without cmdkey or proxy",
                        RuleCases::windowsWithCmdkey, d -> d.ir.getExpressSetups().clear()),
                RuleCase.of(DesignRule.BCDR_1, ERROR, "ADF orchestration without a secondary factory", RuleCases::adfOrchestration,
                        d -> d.bcdr.setSecondaryFactory(null)),
                RuleCase.of(DesignRule.BCDR_2, ERROR, "Agent job without an owner login", AS_IS,
                        d -> d.orchestration.setOwnerLogin(null)),
                RuleCase.of(DesignRule.BCDR_2, ERROR, "secondary Managed Instance without Agent", AS_IS,
                        d -> d.secondaryMi.setAgentEnabled(false)),
                RuleCase.of(DesignRule.BCDR_3, WARNING, "failover group without the service master key", AS_IS,
                        d -> d.failoverGroup.setCarriesServiceMasterKey(false)),
                RuleCase.of(DesignRule.OPS_1, WARNING, "operation cleanup disabled", AS_IS, d -> d.catalog.setCleanupEnabled(false)),
                RuleCase.of(DesignRule.OPS_1, WARNING, "infinite retention", AS_IS, d -> d.catalog.setRetentionWindowDays(-1)),
                RuleCase.of(DesignRule.OPS_2, WARNING, "more jobs at 02:00 than the IR runs at once", RuleCases::twoJobsAtTwo,
                        d -> d.job("Finance nightly 3", extraPackage(d, "Load3.dtsx"))),
                RuleCase.of(DesignRule.CON_1, ERROR, "secondary IR with another pair name", AS_IS,
                        d -> d.secondaryIr.getCatalog().setDualStandbyPairName("other-pair")),
                RuleCase.of(DesignRule.CON_1, ERROR, "secondary IR outside the secondary region", AS_IS,
                        d -> d.secondaryIr.setRegion("westeurope")),
                RuleCase.of(DesignRule.CON_2, ERROR, "listener endpoint without a failover group", RuleCases::listenerEndpoint,
                        d -> d.ir.getCatalog().setFailoverGroup(null)),
                RuleCase.of(DesignRule.CON_2, ERROR, "public endpoint on a SQL Database server", AS_IS, RuleCases::publicOnSqlDatabase));
    }

    static SecurityRule deny(String name, int priority, SecurityRuleDirection direction, String source, String destination,
            String ports) {
        SecurityRule rule = Baseline.rule(name, priority, direction, source, destination, ports);
        rule.setAccess(SecurityRuleAccess.DENY);
        return rule;
    }

    static void peeredNetwork(Baseline d) {
        VirtualNetwork hub = Baseline.network(d.primaryGroup, "vnet-ssis-ir", "10.40.0.0/16");
        d.ir.getVnetInjection().setSubnet(Baseline.subnet(hub, "snet-ir", "10.40.1.0/24", d.irNsg));
        d.network.getLinks().add(link(hub, VirtualNetworkLinkKind.PEERING));
    }

    static void vnetToVnetAcrossRegions(Baseline d) {
        VirtualNetwork remote = Baseline.network(d.secondaryGroup, "vnet-ssis-ir-neu", "10.50.0.0/16");
        d.ir.getVnetInjection().setSubnet(Baseline.subnet(remote, "snet-ir", "10.50.1.0/24", d.irNsg));
        d.network.getLinks().add(link(remote, VirtualNetworkLinkKind.VNET_TO_VNET));
    }

    static VirtualNetworkLink link(VirtualNetwork remote, VirtualNetworkLinkKind kind) {
        VirtualNetworkLink link = T.createVirtualNetworkLink();
        link.setRemote(remote);
        link.setKind(kind);
        return link;
    }

    static void publicWithoutVnet(Baseline d) {
        d.ir.setVnetInjection(null);
        d.ir.getCatalog().setEndpointKind(CatalogEndpointKind.PUBLIC);
        d.mi.setPublicEndpointEnabled(true);
        d.miNsg.getRules().add(Baseline.rule("AllowPublicEndpoint", 100, SecurityRuleDirection.INBOUND, "AzureCloud",
                "VirtualNetwork", "3342"));
    }

    static void publicFromVnet(Baseline d) {
        ownPublicIps(d);
        d.ir.getCatalog().setEndpointKind(CatalogEndpointKind.PUBLIC);
        d.mi.setPublicEndpointEnabled(true);
        d.mi.setPublicEndpointAddress("20.50.60.70");
        for (PublicIpAddress ip : d.ir.getVnetInjection().getPublicIps()) {
            d.miNsg.getRules().add(Baseline.rule("AllowIr" + ip.getName(), 100 + d.miNsg.getRules().size(),
                    SecurityRuleDirection.INBOUND, ip.getIpAddress(), "VirtualNetwork", "3342"));
        }
    }

    static void ownPublicIps(Baseline d) {
        for (int i = 1; i <= 2; i++) {
            PublicIpAddress ip = T.createPublicIpAddress();
            ip.setName("pip-ir-" + i);
            ip.setRegion("westeurope");
            ip.setIpAddress("20.1.2." + i);
            ip.setSku(PublicIpSku.STANDARD);
            ip.setAllocation(PublicIpAllocation.STATIC);
            ip.setDnsLabel("contoso-ir-" + i);
            d.primaryGroup.getPublicIpAddresses().add(ip);
            d.ir.getVnetInjection().getPublicIps().add(ip);
        }
    }

    static void customJoinRole(Baseline d) {
        d.subscription.getRoleAssignments().get(0).setRoleName("SSIS network joiner");
        d.subscription.getRoleAssignments().get(0).getActions().add("Microsoft.Network/virtualNetworks/*/join/action");
    }

    static void expressInjection(Baseline d) {
        d.ir.getVnetInjection().setMethod(VNetInjectionMethod.EXPRESS);
        d.irSubnet.getDelegations().add("Microsoft.Batch/batchAccounts");
    }

    static void customSetup(Baseline d) {
        CustomSetup setup = T.createCustomSetup();
        SecretReference uri = T.createSecretReference();
        uri.setKind(SecretKind.SECURE_STORAGE);
        uri.setKey("liftshift/contoso/custom-setup-sas");
        setup.setContainerSasUri(uri);
        d.ir.setCustomSetup(setup);
    }

    static void cmdkeySetup(Baseline d) {
        ExpressCustomSetup cmdkey = T.createExpressCustomSetup();
        cmdkey.setKind(ExpressSetupKind.CMDKEY);
        cmdkey.setTargetName("fileserver.contoso.local");
        cmdkey.setUserName("CONTOSO\\svc-ssis");
        d.ir.getExpressSetups().add(cmdkey);
    }

    static void windowsWithCmdkey(Baseline d) {
        d.connection.setAuthentication(AuthenticationKind.WINDOWS);
        cmdkeySetup(d);
    }

    static void customDns(Baseline d) {
        d.network.getDnsServers().add("10.20.0.4");
        d.network.setDnsForwardsToAzure(true);
    }

    static void forcedTunnelling(Baseline d) {
        RouteTable table = T.createRouteTable();
        table.setName("rt-ir");
        table.getRoutes().add(route("default-to-firewall", "0.0.0.0/0", NextHopType.VIRTUAL_APPLIANCE));
        table.getRoutes().add(route("batch-management", "BatchNodeManagement.WestEurope", NextHopType.INTERNET));
        d.primaryGroup.getRouteTables().add(table);
        d.irSubnet.setRouteTable(table);
    }

    static Route route(String name, String prefix, NextHopType hop) {
        Route route = T.createRoute();
        route.setName(name);
        route.setAddressPrefix(prefix);
        route.setNextHopType(hop);
        return route;
    }

    static void sqlAuthentication(Baseline d) {
        d.ir.getCatalog().setAuthentication(SsisDbAuthentication.SQL);
        d.ir.getCatalog().setAdminUserName("ssisadmin");
        SecretReference password = T.createSecretReference();
        password.setKind(SecretKind.SECURE_STORAGE);
        password.setKey("liftshift/contoso/ssisdb-admin");
        d.ir.getCatalog().setAdminPassword(password);
    }

    static void adfOrchestration(Baseline d) {
        d.bcdr.setOrchestration(OrchestrationKind.ADF_PIPELINE);
        d.orchestration.setKind(OrchestrationKind.ADF_PIPELINE);
        d.orchestration.setDataFactory(d.factory);
        d.orchestration.setPipelineName("pl-finance-nightly");
    }

    static void twoJobsAtTwo(Baseline d) {
        d.ir.setNodeCount(1);
        d.ir.setMaxParallelExecutionsPerNode(2);
        d.job("Finance nightly 2", extraPackage(d, "Load2.dtsx"));
    }

    static Package extraPackage(Baseline d, String name) {
        Package pkg = E.createPackage();
        pkg.setName(name);
        d.project.getPackages().add(pkg);
        return pkg;
    }

    static void listenerEndpoint(Baseline d) {
        d.ir.getCatalog().setEndpointKind(CatalogEndpointKind.FAILOVER_GROUP_LISTENER);
        d.ir.getCatalog().setFailoverGroup(d.failoverGroup);
    }

    static void publicOnSqlDatabase(Baseline d) {
        SqlDatabaseServer server = T.createSqlDatabaseServer();
        server.setName("sql-contoso");
        server.setEntraAuthenticationEnabled(true);
        server.setEntraAdmin("sql-admins@contoso.com");
        d.primaryGroup.getSqlHosts().add(server);
        d.ir.getCatalog().setHost(server);
        d.ir.getCatalog().setEndpointKind(CatalogEndpointKind.PUBLIC);
    }
}
