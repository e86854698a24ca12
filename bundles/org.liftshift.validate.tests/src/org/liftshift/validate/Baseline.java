package org.liftshift.validate;

import org.liftshift.model.estate.AgentJob;
import org.liftshift.model.estate.AuthenticationKind;
import org.liftshift.model.estate.CatalogFolder;
import org.liftshift.model.estate.ConnectionManager;
import org.liftshift.model.estate.Estate;
import org.liftshift.model.estate.EstateFactory;
import org.liftshift.model.estate.JobStep;
import org.liftshift.model.estate.JobStepSubsystem;
import org.liftshift.model.estate.Package;
import org.liftshift.model.estate.Project;
import org.liftshift.model.estate.Schedule;
import org.liftshift.model.estate.SqlServerInstance;
import org.liftshift.model.estate.SsisCatalog;
import org.liftshift.model.plan.BcdrDesign;
import org.liftshift.model.plan.FolderMapping;
import org.liftshift.model.plan.JobOrchestration;
import org.liftshift.model.plan.MigrationPlan;
import org.liftshift.model.plan.OrchestrationKind;
import org.liftshift.model.plan.PlanFactory;
import org.liftshift.model.target.AzureSsisIntegrationRuntime;
import org.liftshift.model.target.AzureTarget;
import org.liftshift.model.target.CatalogEndpointKind;
import org.liftshift.model.target.ConnectionPolicy;
import org.liftshift.model.target.DataFactory;
import org.liftshift.model.target.FailoverGroup;
import org.liftshift.model.target.ManagedInstance;
import org.liftshift.model.target.NetworkSecurityGroup;
import org.liftshift.model.target.ResourceGroup;
import org.liftshift.model.target.RoleAssignment;
import org.liftshift.model.target.SecurityRule;
import org.liftshift.model.target.SecurityRuleAccess;
import org.liftshift.model.target.SecurityRuleDirection;
import org.liftshift.model.target.SecurityRuleProtocol;
import org.liftshift.model.target.SsisCatalogDesign;
import org.liftshift.model.target.SsisDbAuthentication;
import org.liftshift.model.target.Subnet;
import org.liftshift.model.target.Subscription;
import org.liftshift.model.target.TargetFactory;
import org.liftshift.model.target.VNetInjection;
import org.liftshift.model.target.VNetInjectionMethod;
import org.liftshift.model.target.VirtualNetwork;

/**
 * A valid design to break one rule at a time: SSISDB on a Managed Instance through its private
 * endpoint, the IR in the same virtual network on its own subnet, Entra authentication, a failover
 * group with a dual-standby IR pair, and Agent-job orchestration.
 */
final class Baseline {

    static final TargetFactory T = TargetFactory.eINSTANCE;
    static final EstateFactory E = EstateFactory.eINSTANCE;

    MigrationPlan plan;
    Subscription subscription;
    ResourceGroup primaryGroup;
    ResourceGroup secondaryGroup;
    VirtualNetwork network;
    Subnet miSubnet;
    Subnet irSubnet;
    NetworkSecurityGroup miNsg;
    NetworkSecurityGroup irNsg;
    ManagedInstance mi;
    ManagedInstance secondaryMi;
    FailoverGroup failoverGroup;
    DataFactory factory;
    DataFactory secondaryFactory;
    AzureSsisIntegrationRuntime ir;
    AzureSsisIntegrationRuntime secondaryIr;
    SqlServerInstance instance;
    SsisCatalog catalog;
    Project project;
    ConnectionManager connection;
    AgentJob job;
    Schedule schedule;
    JobOrchestration orchestration;
    BcdrDesign bcdr;

    Baseline() {
        subscription = T.createSubscription();
        subscription.setName("Contoso production");
        subscription.setBatchProviderRegistered(true);
        RoleAssignment networkContributor = T.createRoleAssignment();
        networkContributor.setPrincipalName("architect@contoso.com");
        networkContributor.setRoleName("Network Contributor");
        subscription.getRoleAssignments().add(networkContributor);

        primaryGroup = group("rg-ssis-weu", "westeurope");
        secondaryGroup = group("rg-ssis-neu", "northeurope");
        network = network(primaryGroup, "vnet-ssis-weu", "10.20.0.0/16");
        miNsg = nsg(primaryGroup, "nsg-mi");
        irNsg = nsg(primaryGroup, "nsg-ir");
        irNsg.getRules().add(rule("AllowBatchManagement", 100, SecurityRuleDirection.INBOUND, "BatchNodeManagement",
                "VirtualNetwork", "29876-29877"));
        miSubnet = subnet(network, "snet-mi", "10.20.1.0/24", miNsg);
        irSubnet = subnet(network, "snet-ir", "10.20.2.0/24", irNsg);
        mi = managedInstance(primaryGroup, "sqlmi-contoso-weu", miSubnet);

        VirtualNetwork secondaryNetwork = network(secondaryGroup, "vnet-ssis-neu", "10.30.0.0/16");
        NetworkSecurityGroup secondaryIrNsg = nsg(secondaryGroup, "nsg-ir-neu");
        secondaryIrNsg.getRules().add(rule("AllowBatchManagement", 100, SecurityRuleDirection.INBOUND, "BatchNodeManagement",
                "VirtualNetwork", "29876-29877"));
        Subnet secondaryMiSubnet = subnet(secondaryNetwork, "snet-mi", "10.30.1.0/24", null);
        Subnet secondaryIrSubnet = subnet(secondaryNetwork, "snet-ir", "10.30.2.0/24", secondaryIrNsg);
        secondaryMi = managedInstance(secondaryGroup, "sqlmi-contoso-neu", secondaryMiSubnet);

        failoverGroup = T.createFailoverGroup();
        failoverGroup.setName("fog-contoso");
        failoverGroup.setPrimary(mi);
        failoverGroup.setSecondary(secondaryMi);
        failoverGroup.setReadWriteListener("fog-contoso.1a2b3c.database.windows.net");
        primaryGroup.getFailoverGroups().add(failoverGroup);

        factory = factory(primaryGroup, "adf-contoso-weu");
        ir = runtime(factory, "ir-ssis-weu", irSubnet, mi);
        secondaryFactory = factory(secondaryGroup, "adf-contoso-neu");
        secondaryIr = runtime(secondaryFactory, "ir-ssis-neu", secondaryIrSubnet, secondaryMi);

        AzureTarget target = T.createAzureTarget();
        target.setName("Contoso Azure");
        target.getSubscriptions().add(subscription);

        buildEstate();
        plan = PlanFactory.eINSTANCE.createMigrationPlan();
        plan.setName("Contoso");
        plan.setEstate((Estate) instance.eContainer());
        plan.setTarget(target);

        FolderMapping mapping = PlanFactory.eINSTANCE.createFolderMapping();
        mapping.setSourceFolder((CatalogFolder) project.eContainer());
        mapping.setRuntime(ir);
        mapping.setTargetFolderName("Finance");
        plan.getFolderMappings().add(mapping);
        orchestration = PlanFactory.eINSTANCE.createJobOrchestration();
        orchestration.setJob(job);
        orchestration.setKind(OrchestrationKind.MI_AGENT_JOB);
        orchestration.setManagedInstance(mi);
        orchestration.setOwnerLogin("ssis-jobs@contoso.com");
        plan.getOrchestrations().add(orchestration);

        bcdr = PlanFactory.eINSTANCE.createBcdrDesign();
        bcdr.setSecondaryRegion("northeurope");
        bcdr.setFailoverGroup(failoverGroup);
        bcdr.setPrimaryRuntime(ir);
        bcdr.setSecondaryRuntime(secondaryIr);
        bcdr.setSecondaryFactory(secondaryFactory);
        bcdr.setOrchestration(OrchestrationKind.MI_AGENT_JOB);
        plan.setBcdr(bcdr);
    }

    private void buildEstate() {
        Package pkg = E.createPackage();
        pkg.setName("LoadLedger.dtsx");
        connection = E.createConnectionManager();
        connection.setName("Ledger");
        connection.setAuthentication(AuthenticationKind.SQL);
        pkg.getConnectionManagers().add(connection);
        project = E.createProject();
        project.setName("Finance ETL");
        project.getPackages().add(pkg);
        CatalogFolder folder = E.createCatalogFolder();
        folder.setName("Finance");
        folder.getProjects().add(project);
        catalog = E.createSsisCatalog();
        catalog.getFolders().add(folder);
        instance = E.createSqlServerInstance();
        instance.setName("SQL01");
        instance.setCatalog(catalog);
        schedule = E.createSchedule();
        schedule.setName("Daily 02:00");
        schedule.setActiveStartTime(20000);
        instance.getSchedules().add(schedule);
        job = job("Finance nightly", pkg);
        Estate estate = E.createEstate();
        estate.setName("Contoso");
        estate.getInstances().add(instance);
    }

    AgentJob job(String name, Package pkg) {
        AgentJob newJob = E.createAgentJob();
        newJob.setName(name);
        JobStep step = E.createJobStep();
        step.setStepId(1);
        step.setName("Run " + pkg.getName());
        step.setSubsystem(JobStepSubsystem.SSIS);
        step.setPackage(pkg);
        newJob.getSteps().add(step);
        newJob.getSchedules().add(schedule);
        instance.getJobs().add(newJob);
        return newJob;
    }

    ResourceGroup group(String name, String region) {
        ResourceGroup group = T.createResourceGroup();
        group.setName(name);
        group.setRegion(region);
        subscription.getResourceGroups().add(group);
        return group;
    }

    static VirtualNetwork network(ResourceGroup group, String name, String space) {
        VirtualNetwork vnet = T.createVirtualNetwork();
        vnet.setName(name);
        vnet.getAddressSpaces().add(space);
        group.getVirtualNetworks().add(vnet);
        return vnet;
    }

    static NetworkSecurityGroup nsg(ResourceGroup group, String name) {
        NetworkSecurityGroup nsg = T.createNetworkSecurityGroup();
        nsg.setName(name);
        group.getNetworkSecurityGroups().add(nsg);
        return nsg;
    }

    static SecurityRule rule(String name, int priority, SecurityRuleDirection direction, String source, String destination,
            String ports) {
        SecurityRule rule = T.createSecurityRule();
        rule.setName(name);
        rule.setPriority(priority);
        rule.setDirection(direction);
        rule.setAccess(SecurityRuleAccess.ALLOW);
        rule.setProtocol(SecurityRuleProtocol.TCP);
        rule.setSourceAddressPrefix(source);
        rule.setDestinationAddressPrefix(destination);
        rule.getDestinationPortRanges().add(ports);
        return rule;
    }

    static Subnet subnet(VirtualNetwork vnet, String name, String prefix, NetworkSecurityGroup nsg) {
        Subnet subnet = T.createSubnet();
        subnet.setName(name);
        subnet.setAddressPrefix(prefix);
        subnet.setNetworkSecurityGroup(nsg);
        vnet.getSubnets().add(subnet);
        return subnet;
    }

    static ManagedInstance managedInstance(ResourceGroup group, String name, Subnet subnet) {
        ManagedInstance instance = T.createManagedInstance();
        instance.setName(name);
        instance.setSubnet(subnet);
        instance.setDnsZone("1a2b3c");
        instance.setEntraAuthenticationEnabled(true);
        instance.setEntraAdmin("sql-admins@contoso.com");
        instance.setConnectionPolicy(ConnectionPolicy.REDIRECT);
        group.getSqlHosts().add(instance);
        return instance;
    }

    static DataFactory factory(ResourceGroup group, String name) {
        DataFactory factory = T.createDataFactory();
        factory.setName(name);
        factory.setRegion(group.getRegion());
        group.getDataFactories().add(factory);
        return factory;
    }

    static AzureSsisIntegrationRuntime runtime(DataFactory factory, String name, Subnet subnet, ManagedInstance host) {
        AzureSsisIntegrationRuntime runtime = T.createAzureSsisIntegrationRuntime();
        runtime.setName(name);
        runtime.setRegion(factory.getRegion());
        VNetInjection injection = T.createVNetInjection();
        injection.setMethod(VNetInjectionMethod.STANDARD);
        injection.setSubnet(subnet);
        runtime.setVnetInjection(injection);
        SsisCatalogDesign catalog = T.createSsisCatalogDesign();
        catalog.setHost(host);
        catalog.setEndpointKind(CatalogEndpointKind.PRIVATE);
        catalog.setAuthentication(SsisDbAuthentication.ENTRA_MANAGED_IDENTITY);
        catalog.setDualStandbyPairName("contoso-ssis-pair");
        runtime.setCatalog(catalog);
        factory.getIntegrationRuntimes().add(runtime);
        return runtime;
    }
}
