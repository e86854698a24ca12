package org.liftshift.samples;

import static org.liftshift.samples.internal.Designer.E;
import static org.liftshift.samples.internal.Designer.T;
import static org.liftshift.samples.internal.Designer.catalog;
import static org.liftshift.samples.internal.Designer.runtime;
import static org.liftshift.samples.internal.Designer.subnet;

import org.liftshift.model.estate.AuthenticationKind;
import org.liftshift.model.estate.ConnectionManager;
import org.liftshift.model.estate.FrequencyType;
import org.liftshift.model.estate.Schedule;
import org.liftshift.model.plan.MigrationPlan;
import org.liftshift.model.target.AzureSsisIntegrationRuntime;
import org.liftshift.model.target.CatalogEndpointKind;
import org.liftshift.model.target.DataFactory;
import org.liftshift.model.target.NextHopType;
import org.liftshift.model.target.PublicIpSku;
import org.liftshift.model.target.ResourceLockKind;
import org.liftshift.model.target.Route;
import org.liftshift.model.target.RouteTable;
import org.liftshift.model.target.SsisDbAuthentication;
import org.liftshift.model.target.VNetInjection;
import org.liftshift.model.target.VNetInjectionMethod;
import org.liftshift.model.target.VirtualNetworkKind;

/**
 * The Contoso design with every design rule broken at least once: what the validator, the Problems
 * view and the review report show on a design that is not ready.
 */
public final class ViolationsSample {

    private ViolationsSample() {
    }

    public static MigrationPlan build() {
        ContosoSample c = ContosoSample.build();
        c.plan.setName("Contoso SSIS to Azure - design with problems");

        // EP-1 (and NET-6): the secondary IR on its Managed Instance's subnet
        c.financeSecondaryRuntime.getVnetInjection().setSubnet(c.financeSecondaryInstance.getSubnet());
        // EP-2: an extra IR outside any virtual network reaching the private endpoint
        AzureSsisIntegrationRuntime adhoc = runtime((DataFactory) c.financeRuntime.eContainer(), "ir-ssis-adhoc", 1, 2);
        catalog(adhoc, c.financeInstance, CatalogEndpointKind.PRIVATE, SsisDbAuthentication.ENTRA_MANAGED_IDENTITY);
        // EP-3: the Sales public endpoint switched off
        c.salesInstance.setPublicEndpointEnabled(false);
        // EP-4: an IR in a virtual network reaching the Sales public endpoint without public IPs
        AzureSsisIntegrationRuntime reporting = runtime(c.operationsFactory, "ir-ssis-reporting", 1, 2);
        VNetInjection injection = T.createVNetInjection();
        injection.setMethod(VNetInjectionMethod.STANDARD);
        injection.setSubnet(subnet(c.operationsNetwork, "snet-ssis-reporting", "10.60.2.0/24", null));
        reporting.setVnetInjection(injection);
        catalog(reporting, c.salesInstance, CatalogEndpointKind.PUBLIC, SsisDbAuthentication.ENTRA_MANAGED_IDENTITY);
        c.salesInstance.setEntraAuthenticationEnabled(true);
        c.salesInstance.setEntraAdmin("sql-admins@contoso.com");
        // NET-1 (and NET-10 with classic ports): the secondary network declared classic
        c.financeSecondaryNetwork.setKind(VirtualNetworkKind.CLASSIC);
        // NET-2, NET-3, NET-4: the Operations resource group
        c.operationsGroup.setAllowsNetworkResourceCreation(false);
        c.operationsGroup.setLock(ResourceLockKind.READ_ONLY);
        c.operationsGroup.getDeniedResourceTypes().add("Microsoft.Network/loadBalancers");
        // NET-5
        c.subscription.setBatchProviderRegistered(false);
        // NET-6: a subnet too small for the Finance IR
        c.financeIrSubnet.setAddressPrefix("10.20.1.0/29");
        // NET-7: the Operations network overlaps the custom setup range
        c.operationsNetwork.getAddressSpaces().add("172.20.0.0/16");
        // NET-8: a Basic public IP
        c.operationsRuntime.getVnetInjection().getPublicIps().get(1).setSku(PublicIpSku.BASIC);
        // NET-9: custom DNS without forwarding
        c.operationsNetwork.setDnsForwardsToAzure(false);
        // NET-10: the Batch management rule removed from the Finance IR subnet
        c.financeIrNsg.getRules().remove(0);
        // NET-11: forced tunnelling without a Batch route
        RouteTable table = T.createRouteTable();
        table.setName("rt-ssis-ir-weu");
        Route toFirewall = T.createRoute();
        toFirewall.setName("default-to-firewall");
        toFirewall.setAddressPrefix("0.0.0.0/0");
        toFirewall.setNextHopType(NextHopType.VIRTUAL_APPLIANCE);
        toFirewall.setNextHopIpAddress("10.20.255.4");
        table.getRoutes().add(toFirewall);
        c.financeGroup.getRouteTables().add(table);
        c.financeIrSubnet.setRouteTable(table);
        // AUTH-1: no reference for the Sales admin password
        c.salesRuntime.getCatalog().setAdminPassword(null);
        // AUTH-2: Entra switched off on the Operations server
        c.operationsServer.setEntraAuthenticationEnabled(false);
        // AUTH-3: Windows authentication on Finance, whose IR has no cmdkey, custom setup or proxy
        ConnectionManager ledger = c.financeProject.getPackages().get(0).getConnectionManagers().get(0);
        ledger.setAuthentication(AuthenticationKind.WINDOWS);
        // BCDR-1: no secondary factory
        c.plan.getBcdr().setSecondaryFactory(null);
        // BCDR-2: an Agent job without owner login
        c.plan.getOrchestrations().get(0).setOwnerLogin(null);
        // BCDR-3: a failover group created before September 2021
        c.financeFailoverGroup.setCarriesServiceMasterKey(false);
        // OPS-1: log cleanup disabled on premises
        c.onPremisesCatalog.setCleanupEnabled(false);
        // OPS-2: the Sales IR shrunk below two jobs starting together
        c.salesRuntime.setNodeCount(1);
        c.salesRuntime.setMaxParallelExecutionsPerNode(1);
        Schedule together = E.createSchedule();
        together.setName("Daily 03:00 (second)");
        together.setFrequencyType(FrequencyType.DAILY);
        together.setFrequencyInterval(1);
        together.setActiveStartTime(30000);
        c.plan.getEstate().getInstances().get(0).getSchedules().add(together);
        var forecast = c.plan.getEstate().getInstances().get(0).getJobs().stream()
                .filter(j -> j.getName().equals("Sales - forecast")).findFirst().orElseThrow();
        forecast.getSchedules().clear();
        forecast.getSchedules().add(together);
        // CON-1: the secondary IR with another pair name
        c.financeSecondaryRuntime.getCatalog().setDualStandbyPairName("contoso-fin-other-pair");
        // CON-2: a listener endpoint without its failover group
        c.operationsRuntime.getCatalog().setFailoverGroup(null);
        return c.plan;
    }
}
