package org.liftshift.model.persistence;

import org.liftshift.model.estate.AgentJob;
import org.liftshift.model.estate.CatalogFolder;
import org.liftshift.model.estate.ConnectionManager;
import org.liftshift.model.estate.Estate;
import org.liftshift.model.estate.EstateFactory;
import org.liftshift.model.estate.JobStep;
import org.liftshift.model.estate.JobStepSubsystem;
import org.liftshift.model.estate.Package;
import org.liftshift.model.estate.Parameter;
import org.liftshift.model.estate.Project;
import org.liftshift.model.estate.Schedule;
import org.liftshift.model.estate.SqlServerInstance;
import org.liftshift.model.estate.SsisCatalog;
import org.liftshift.model.plan.JobOrchestration;
import org.liftshift.model.plan.MigrationPlan;
import org.liftshift.model.plan.OrchestrationKind;
import org.liftshift.model.plan.PlanFactory;
import org.liftshift.model.target.AzureSsisIntegrationRuntime;
import org.liftshift.model.target.AzureTarget;
import org.liftshift.model.target.CatalogEndpointKind;
import org.liftshift.model.target.DataFactory;
import org.liftshift.model.target.ManagedInstance;
import org.liftshift.model.target.ResourceGroup;
import org.liftshift.model.target.SsisCatalogDesign;
import org.liftshift.model.target.Subnet;
import org.liftshift.model.target.Subscription;
import org.liftshift.model.target.TargetFactory;
import org.liftshift.model.target.VNetInjection;
import org.liftshift.model.target.VirtualNetwork;

/** A small plan that crosses all three packages, with hostile Unicode names. */
final class TestPlans {

    static final String PACKAGE_NAME = "Load 'Sales' \"Q1\" <財務> & Прибыль.dtsx";

    private TestPlans() {
    }

    static MigrationPlan small() {
        EstateFactory e = EstateFactory.eINSTANCE;
        TargetFactory t = TargetFactory.eINSTANCE;
        PlanFactory p = PlanFactory.eINSTANCE;

        Package pkg = e.createPackage();
        pkg.setName(PACKAGE_NAME);
        pkg.setFormatVersion(8);
        ConnectionManager cm = e.createConnectionManager();
        cm.setName("DW");
        cm.setServer("sql01.contoso.local");
        cm.setDatabase("DW");
        pkg.getConnectionManagers().add(cm);
        Parameter secret = e.createParameter();
        secret.setName("ApiKey");
        secret.setSensitive(true);
        pkg.getParameters().add(secret);

        Project project = e.createProject();
        project.setName("Finance ETL");
        project.getPackages().add(pkg);
        CatalogFolder folder = e.createCatalogFolder();
        folder.setName("Finance");
        folder.getProjects().add(project);
        SsisCatalog catalog = e.createSsisCatalog();
        catalog.getFolders().add(folder);

        SqlServerInstance instance = e.createSqlServerInstance();
        instance.setName("SQL01\\ETL");
        instance.setCatalog(catalog);
        Schedule nightly = e.createSchedule();
        nightly.setName("Nightly 02:00");
        nightly.setActiveStartTime(20000);
        instance.getSchedules().add(nightly);
        AgentJob job = e.createAgentJob();
        job.setName("Finance nightly");
        job.getSchedules().add(nightly);
        JobStep step = e.createJobStep();
        step.setStepId(1);
        step.setName("Run load");
        step.setSubsystem(JobStepSubsystem.SSIS);
        step.setPackage(pkg);
        job.getSteps().add(step);
        instance.getJobs().add(job);
        Estate estate = e.createEstate();
        estate.setName("Contoso");
        estate.getInstances().add(instance);

        VirtualNetwork vnet = t.createVirtualNetwork();
        vnet.setName("vnet-ssis");
        vnet.getAddressSpaces().add("10.10.0.0/16");
        Subnet miSubnet = t.createSubnet();
        miSubnet.setName("snet-mi");
        miSubnet.setAddressPrefix("10.10.1.0/24");
        Subnet irSubnet = t.createSubnet();
        irSubnet.setName("snet-ir");
        irSubnet.setAddressPrefix("10.10.2.0/24");
        vnet.getSubnets().add(miSubnet);
        vnet.getSubnets().add(irSubnet);
        ManagedInstance mi = t.createManagedInstance();
        mi.setName("sqlmi-contoso");
        mi.setSubnet(miSubnet);
        AzureSsisIntegrationRuntime ir = t.createAzureSsisIntegrationRuntime();
        ir.setName("ir-ssis");
        SsisCatalogDesign ssisdb = t.createSsisCatalogDesign();
        ssisdb.setHost(mi);
        ssisdb.setEndpointKind(CatalogEndpointKind.PRIVATE);
        ir.setCatalog(ssisdb);
        VNetInjection injection = t.createVNetInjection();
        injection.setSubnet(irSubnet);
        ir.setVnetInjection(injection);
        DataFactory factory = t.createDataFactory();
        factory.setName("adf-contoso");
        factory.getIntegrationRuntimes().add(ir);
        ResourceGroup group = t.createResourceGroup();
        group.setName("rg-ssis");
        group.getVirtualNetworks().add(vnet);
        group.getSqlHosts().add(mi);
        group.getDataFactories().add(factory);
        Subscription subscription = t.createSubscription();
        subscription.setName("Contoso production");
        subscription.getResourceGroups().add(group);
        AzureTarget target = t.createAzureTarget();
        target.setName("Contoso Azure");
        target.getSubscriptions().add(subscription);

        MigrationPlan plan = p.createMigrationPlan();
        plan.setName("Contoso SSIS");
        plan.setEstate(estate);
        plan.setTarget(target);
        JobOrchestration orchestration = p.createJobOrchestration();
        orchestration.setJob(job);
        orchestration.setKind(OrchestrationKind.MI_AGENT_JOB);
        orchestration.setManagedInstance(mi);
        plan.getOrchestrations().add(orchestration);
        return plan;
    }
}
