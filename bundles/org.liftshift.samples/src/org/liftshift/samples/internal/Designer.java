package org.liftshift.samples.internal;

import org.liftshift.model.estate.EstateFactory;
import org.liftshift.model.plan.PlanFactory;
import org.liftshift.model.target.AzureSsisIntegrationRuntime;
import org.liftshift.model.target.CatalogEndpointKind;
import org.liftshift.model.target.DataFactory;
import org.liftshift.model.target.ManagedInstance;
import org.liftshift.model.target.NetworkSecurityGroup;
import org.liftshift.model.target.ResourceGroup;
import org.liftshift.model.target.SecretKind;
import org.liftshift.model.target.SecretReference;
import org.liftshift.model.target.SecurityRule;
import org.liftshift.model.target.SecurityRuleAccess;
import org.liftshift.model.target.SecurityRuleDirection;
import org.liftshift.model.target.SecurityRuleProtocol;
import org.liftshift.model.target.SqlHost;
import org.liftshift.model.target.SsisCatalogDesign;
import org.liftshift.model.target.SsisDbAuthentication;
import org.liftshift.model.target.Subnet;
import org.liftshift.model.target.Subscription;
import org.liftshift.model.target.TargetFactory;
import org.liftshift.model.target.VirtualNetwork;

/** Short-hands for building designs in code: samples, benchmarks and tests. */
public final class Designer {

    public static final TargetFactory T = TargetFactory.eINSTANCE;
    public static final EstateFactory E = EstateFactory.eINSTANCE;
    public static final PlanFactory P = PlanFactory.eINSTANCE;

    private Designer() {
    }

    public static ResourceGroup group(Subscription subscription, String name, String region) {
        ResourceGroup group = T.createResourceGroup();
        group.setName(name);
        group.setRegion(region);
        subscription.getResourceGroups().add(group);
        return group;
    }

    public static VirtualNetwork network(ResourceGroup group, String name, String... addressSpaces) {
        VirtualNetwork vnet = T.createVirtualNetwork();
        vnet.setName(name);
        vnet.setRegion(group.getRegion());
        vnet.getAddressSpaces().addAll(java.util.List.of(addressSpaces));
        group.getVirtualNetworks().add(vnet);
        return vnet;
    }

    public static Subnet subnet(VirtualNetwork vnet, String name, String prefix, NetworkSecurityGroup nsg) {
        Subnet subnet = T.createSubnet();
        subnet.setName(name);
        subnet.setAddressPrefix(prefix);
        subnet.setNetworkSecurityGroup(nsg);
        vnet.getSubnets().add(subnet);
        return subnet;
    }

    public static NetworkSecurityGroup nsg(ResourceGroup group, String name) {
        NetworkSecurityGroup nsg = T.createNetworkSecurityGroup();
        nsg.setName(name);
        nsg.setRegion(group.getRegion());
        group.getNetworkSecurityGroups().add(nsg);
        return nsg;
    }

    public static SecurityRule allow(NetworkSecurityGroup nsg, String name, int priority, SecurityRuleDirection direction,
            String source, String destination, String ports, String why) {
        SecurityRule rule = T.createSecurityRule();
        rule.setName(name);
        rule.setDescription(why);
        rule.setPriority(priority);
        rule.setDirection(direction);
        rule.setAccess(SecurityRuleAccess.ALLOW);
        rule.setProtocol(SecurityRuleProtocol.TCP);
        rule.setSourceAddressPrefix(source);
        rule.setDestinationAddressPrefix(destination);
        rule.getDestinationPortRanges().add(ports);
        nsg.getRules().add(rule);
        return rule;
    }

    public static ManagedInstance managedInstance(ResourceGroup group, String name, Subnet subnet, String dnsZone) {
        ManagedInstance mi = T.createManagedInstance();
        mi.setName(name);
        mi.setRegion(group.getRegion());
        mi.setSubnet(subnet);
        mi.setDnsZone(dnsZone);
        group.getSqlHosts().add(mi);
        return mi;
    }

    public static DataFactory factory(ResourceGroup group, String name) {
        DataFactory factory = T.createDataFactory();
        factory.setName(name);
        factory.setRegion(group.getRegion());
        group.getDataFactories().add(factory);
        return factory;
    }

    public static AzureSsisIntegrationRuntime runtime(DataFactory factory, String name, int nodes, int perNode) {
        AzureSsisIntegrationRuntime runtime = T.createAzureSsisIntegrationRuntime();
        runtime.setName(name);
        runtime.setRegion(factory.getRegion());
        runtime.setNodeCount(nodes);
        runtime.setMaxParallelExecutionsPerNode(perNode);
        factory.getIntegrationRuntimes().add(runtime);
        return runtime;
    }

    public static SsisCatalogDesign catalog(AzureSsisIntegrationRuntime runtime, SqlHost host, CatalogEndpointKind endpoint,
            SsisDbAuthentication authentication) {
        SsisCatalogDesign catalog = T.createSsisCatalogDesign();
        catalog.setHost(host);
        catalog.setEndpointKind(endpoint);
        catalog.setAuthentication(authentication);
        runtime.setCatalog(catalog);
        return catalog;
    }

    public static SecretReference secret(SecretKind kind, String key) {
        SecretReference secret = T.createSecretReference();
        secret.setKind(kind);
        secret.setKey(key);
        return secret;
    }
}
