package org.liftshift.samples;

import static org.liftshift.samples.internal.Designer.E;
import static org.liftshift.samples.internal.Designer.P;
import static org.liftshift.samples.internal.Designer.T;
import static org.liftshift.samples.internal.Designer.allow;
import static org.liftshift.samples.internal.Designer.catalog;
import static org.liftshift.samples.internal.Designer.factory;
import static org.liftshift.samples.internal.Designer.group;
import static org.liftshift.samples.internal.Designer.managedInstance;
import static org.liftshift.samples.internal.Designer.network;
import static org.liftshift.samples.internal.Designer.nsg;
import static org.liftshift.samples.internal.Designer.runtime;
import static org.liftshift.samples.internal.Designer.secret;
import static org.liftshift.samples.internal.Designer.subnet;

import java.util.List;

import org.liftshift.model.estate.AgentJob;
import org.liftshift.model.estate.AuthenticationKind;
import org.liftshift.model.estate.CatalogFolder;
import org.liftshift.model.estate.ConnectionManager;
import org.liftshift.model.estate.DeploymentModel;
import org.liftshift.model.estate.Environment;
import org.liftshift.model.estate.EnvironmentReference;
import org.liftshift.model.estate.EnvironmentVariable;
import org.liftshift.model.estate.Estate;
import org.liftshift.model.estate.Executable;
import org.liftshift.model.estate.FrequencyType;
import org.liftshift.model.estate.JobStep;
import org.liftshift.model.estate.JobStepSubsystem;
import org.liftshift.model.estate.Package;
import org.liftshift.model.estate.Parameter;
import org.liftshift.model.estate.Project;
import org.liftshift.model.estate.ProtectionLevel;
import org.liftshift.model.estate.Schedule;
import org.liftshift.model.estate.SqlServerInstance;
import org.liftshift.model.estate.SsisCatalog;
import org.liftshift.model.plan.BcdrDesign;
import org.liftshift.model.plan.DecisionArea;
import org.liftshift.model.plan.DesignDecision;
import org.liftshift.model.plan.FolderMapping;
import org.liftshift.model.plan.JobOrchestration;
import org.liftshift.model.plan.MigrationPlan;
import org.liftshift.model.plan.MigrationWave;
import org.liftshift.model.plan.OrchestrationKind;
import org.liftshift.model.target.AzureSsisIntegrationRuntime;
import org.liftshift.model.target.AzureTarget;
import org.liftshift.model.target.CatalogEndpointKind;
import org.liftshift.model.target.CatalogPricingTier;
import org.liftshift.model.target.ConnectionPolicy;
import org.liftshift.model.target.CustomSetup;
import org.liftshift.model.target.DataFactory;
import org.liftshift.model.target.DataProxy;
import org.liftshift.model.target.ExpressCustomSetup;
import org.liftshift.model.target.ExpressSetupKind;
import org.liftshift.model.target.FailoverGroup;
import org.liftshift.model.target.IntegrationRuntimeEdition;
import org.liftshift.model.target.KeyVault;
import org.liftshift.model.target.LicenseType;
import org.liftshift.model.target.LinkedService;
import org.liftshift.model.target.UserAssignedIdentity;
import org.liftshift.model.target.PackageStore;
import org.liftshift.model.target.ManagedInstance;
import org.liftshift.model.target.NetworkSecurityGroup;
import org.liftshift.model.target.PublicIpAddress;
import org.liftshift.model.target.PublicIpAllocation;
import org.liftshift.model.target.PublicIpSku;
import org.liftshift.model.target.ResourceGroup;
import org.liftshift.model.target.RoleAssignment;
import org.liftshift.model.target.SecretKind;
import org.liftshift.model.target.SecurityRuleDirection;
import org.liftshift.model.target.SelfHostedIntegrationRuntime;
import org.liftshift.model.target.SqlDatabaseServer;
import org.liftshift.model.target.SsisCatalogDesign;
import org.liftshift.model.target.SsisDbAuthentication;
import org.liftshift.model.target.Subnet;
import org.liftshift.model.target.SubnetOccupant;
import org.liftshift.model.target.Subscription;
import org.liftshift.model.target.VNetInjection;
import org.liftshift.model.target.VNetInjectionMethod;
import org.liftshift.model.target.VirtualNetwork;

/**
 * The bundled Contoso migration: an on-premises estate of three projects, twenty packages and ten
 * Agent jobs, moving to three Azure-SSIS topologies in one subscription:
 * <ol>
 * <li>Finance: SSISDB on a Managed Instance through its private endpoint, the IR in the same virtual
 * network on its own subnet, Microsoft Entra authentication, a failover group and a dual-standby
 * IR pair in North Europe, Managed Instance Agent orchestration;</li>
 * <li>Sales: SSISDB on a second Managed Instance through its public endpoint (3342), the IR outside
 * any virtual network, SQL authentication with the password in Key Vault;</li>
 * <li>Operations: SSISDB on Azure SQL Database through a failover-group listener, standard virtual
 * network injection with two public IPs of its own, custom and express setup, the self-hosted IR as
 * data proxy, and Data Factory pipelines as orchestration.</li>
 * </ol>
 * It validates with no errors and no warnings.
 */
public final class ContosoSample {

    /** Fields of the built design that other samples and tests change. */
    public AzureSsisIntegrationRuntime financeRuntime;
    public AzureSsisIntegrationRuntime financeSecondaryRuntime;
    public AzureSsisIntegrationRuntime salesRuntime;
    public AzureSsisIntegrationRuntime operationsRuntime;
    public ManagedInstance financeInstance;
    public ManagedInstance financeSecondaryInstance;
    public ManagedInstance salesInstance;
    public SqlDatabaseServer operationsServer;
    public FailoverGroup financeFailoverGroup;
    public FailoverGroup operationsFailoverGroup;
    public Subscription subscription;
    public ResourceGroup financeGroup;
    public ResourceGroup financeSecondaryGroup;
    public ResourceGroup salesGroup;
    public ResourceGroup operationsGroup;
    public VirtualNetwork financeNetwork;
    public VirtualNetwork financeSecondaryNetwork;
    public VirtualNetwork operationsNetwork;
    public Subnet financeIrSubnet;
    public NetworkSecurityGroup financeIrNsg;
    public DataFactory operationsFactory;
    public SsisCatalog onPremisesCatalog;
    public Project financeProject;
    public Project salesProject;
    public Project operationsProject;
    public MigrationPlan plan;

    private SqlServerInstance instance;

    /** Builds the design. */
    public static ContosoSample build() {
        ContosoSample sample = new ContosoSample();
        sample.buildTarget();
        sample.buildEstate();
        sample.buildPlan();
        return sample;
    }

    private void buildTarget() {
        subscription = T.createSubscription();
        subscription.setName("Contoso Production");
        subscription.setSubscriptionId("6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f");
        subscription.setTenantId("0c1d2e3f-4a5b-4c6d-9e8f-7a6b5c4d3e2f");
        subscription.setBatchProviderRegistered(true);
        RoleAssignment networkContributor = T.createRoleAssignment();
        networkContributor.setPrincipalName("ssis-platform-team@contoso.com");
        networkContributor.setRoleName("Network Contributor");
        networkContributor.setScope(subscription);
        subscription.getRoleAssignments().add(networkContributor);

        buildFinance();
        buildSales();
        buildOperations();
    }

    private void buildFinance() {
        financeGroup = group(subscription, "rg-ssis-finance-weu", "westeurope");
        financeSecondaryGroup = group(subscription, "rg-ssis-finance-neu", "northeurope");

        financeNetwork = network(financeGroup, "vnet-ssis-weu", "10.20.0.0/16");
        NetworkSecurityGroup miNsg = nsg(financeGroup, "nsg-sqlmi-weu");
        allow(miNsg, "AllowSqlFromVirtualNetwork", 200, SecurityRuleDirection.INBOUND, "VirtualNetwork", "VirtualNetwork",
                "1433", "SSISDB connections from the IR subnet");
        allow(miNsg, "AllowRedirectFromVirtualNetwork", 210, SecurityRuleDirection.INBOUND, "VirtualNetwork",
                "VirtualNetwork", "11000-11999", "Redirect connection policy");
        Subnet miSubnet = subnet(financeNetwork, "snet-sqlmi", "10.20.0.0/24", miNsg);
        miSubnet.getDelegations().add("Microsoft.Sql/managedInstances");
        miSubnet.getOccupants().add(SubnetOccupant.MANAGED_INSTANCE);
        financeIrNsg = irNsg(financeGroup, "nsg-ssis-ir-weu", "VirtualNetwork");
        financeIrSubnet = subnet(financeNetwork, "snet-ssis-ir", "10.20.1.0/24", financeIrNsg);
        financeInstance = entraManagedInstance(financeGroup, "sqlmi-contoso-fin-weu", miSubnet);

        financeSecondaryNetwork = network(financeSecondaryGroup, "vnet-ssis-neu", "10.30.0.0/16");
        Subnet secondaryMiSubnet = subnet(financeSecondaryNetwork, "snet-sqlmi", "10.30.0.0/24",
                nsg(financeSecondaryGroup, "nsg-sqlmi-neu"));
        secondaryMiSubnet.getOccupants().add(SubnetOccupant.MANAGED_INSTANCE);
        Subnet secondaryIrSubnet = subnet(financeSecondaryNetwork, "snet-ssis-ir", "10.30.1.0/24",
                irNsg(financeSecondaryGroup, "nsg-ssis-ir-neu", "VirtualNetwork"));
        financeSecondaryInstance = entraManagedInstance(financeSecondaryGroup, "sqlmi-contoso-fin-neu", secondaryMiSubnet);

        financeFailoverGroup = T.createFailoverGroup();
        financeFailoverGroup.setName("fog-contoso-fin");
        financeFailoverGroup.setPrimary(financeInstance);
        financeFailoverGroup.setSecondary(financeSecondaryInstance);
        financeFailoverGroup.setReadWriteListener("fog-contoso-fin.a1b2c3d4e5f6.database.windows.net");
        financeFailoverGroup.setReadOnlyListener("fog-contoso-fin.secondary.a1b2c3d4e5f6.database.windows.net");
        financeGroup.getFailoverGroups().add(financeFailoverGroup);

        DataFactory primaryFactory = factory(financeGroup, "adf-contoso-fin-weu");
        financeRuntime = injectedRuntime(primaryFactory, "ir-ssis-fin-weu", financeIrSubnet, financeInstance);
        DataFactory secondaryFactory = factory(financeSecondaryGroup, "adf-contoso-fin-neu");
        financeSecondaryRuntime = injectedRuntime(secondaryFactory, "ir-ssis-fin-neu", secondaryIrSubnet,
                financeSecondaryInstance);
    }

    private void buildSales() {
        salesGroup = group(subscription, "rg-ssis-sales-weu", "westeurope");
        VirtualNetwork network = network(salesGroup, "vnet-sqlmi-sales", "10.40.0.0/16");
        NetworkSecurityGroup miNsg = nsg(salesGroup, "nsg-sqlmi-sales");
        allow(miNsg, "AllowPublicEndpointFromAzure", 300, SecurityRuleDirection.INBOUND, "AzureCloud", "VirtualNetwork",
                "3342", "EP-3: the Azure-SSIS IR reaches the public endpoint from Azure addresses");
        Subnet miSubnet = subnet(network, "snet-sqlmi", "10.40.0.0/24", miNsg);
        miSubnet.getOccupants().add(SubnetOccupant.MANAGED_INSTANCE);
        salesInstance = managedInstance(salesGroup, "sqlmi-contoso-sales", miSubnet, "b2c3d4e5f6a1");
        salesInstance.setPublicEndpointEnabled(true);
        salesInstance.setConnectionPolicy(ConnectionPolicy.PROXY);

        KeyVault vault = T.createKeyVault();
        vault.setName("kv-contoso-ssis");
        vault.setRegion("westeurope");
        salesGroup.getKeyVaults().add(vault);

        DataFactory factory = factory(salesGroup, "adf-contoso-sales");
        salesRuntime = runtime(factory, "ir-ssis-sales", 2, 2);
        salesRuntime.setNodeSize("Standard_D2_v3");
        salesRuntime.setEdition(IntegrationRuntimeEdition.STANDARD);
        salesRuntime.setLicenseType(LicenseType.LICENSE_INCLUDED);
        SsisCatalogDesign catalog = catalog(salesRuntime, salesInstance, CatalogEndpointKind.PUBLIC, SsisDbAuthentication.SQL);
        catalog.setAdminUserName("ssisadmin");
        catalog.setAdminPassword(secret(SecretKind.KEY_VAULT, "ssisdb-admin-password"));
        catalog.getAdminPassword().setKeyVault(vault);
    }

    private void buildOperations() {
        operationsGroup = group(subscription, "rg-ssis-ops-weu", "westeurope");
        ResourceGroup secondary = group(subscription, "rg-ssis-ops-neu", "northeurope");
        operationsServer = T.createSqlDatabaseServer();
        operationsServer.setName("sql-contoso-ops-weu");
        operationsServer.setRegion("westeurope");
        operationsServer.setEntraAuthenticationEnabled(true);
        operationsServer.setEntraAdmin("sql-admins@contoso.com");
        operationsServer.setConnectionPolicy(ConnectionPolicy.REDIRECT);
        operationsGroup.getSqlHosts().add(operationsServer);
        SqlDatabaseServer secondaryServer = T.createSqlDatabaseServer();
        secondaryServer.setName("sql-contoso-ops-neu");
        secondaryServer.setRegion("northeurope");
        secondaryServer.setEntraAuthenticationEnabled(true);
        secondaryServer.setEntraAdmin("sql-admins@contoso.com");
        secondary.getSqlHosts().add(secondaryServer);
        operationsFailoverGroup = T.createFailoverGroup();
        operationsFailoverGroup.setName("fog-contoso-ops");
        operationsFailoverGroup.setPrimary(operationsServer);
        operationsFailoverGroup.setSecondary(secondaryServer);
        operationsFailoverGroup.setReadWriteListener("fog-contoso-ops.database.windows.net");
        operationsFailoverGroup.setReadOnlyListener("fog-contoso-ops.secondary.database.windows.net");
        operationsGroup.getFailoverGroups().add(operationsFailoverGroup);

        operationsNetwork = network(operationsGroup, "vnet-ssis-ops", "10.60.0.0/16");
        operationsNetwork.getDnsServers().addAll(List.of("10.60.0.4", "10.60.0.5"));
        operationsNetwork.setDnsForwardsToAzure(true);
        operationsNetwork.getOnPremisesRanges().add("10.100.0.0/16");
        NetworkSecurityGroup nsg = irNsg(operationsGroup, "nsg-ssis-ir-ops", "Sql");
        allow(nsg, "AllowStorageForCustomSetup", 240, SecurityRuleDirection.OUTBOUND, "VirtualNetwork", "Storage", "443",
                "Custom setup scripts in Blob storage");
        Subnet irSubnet = subnet(operationsNetwork, "snet-ssis-ir", "10.60.1.0/24", nsg);

        operationsFactory = factory(operationsGroup, "adf-contoso-ops");
        operationsRuntime = runtime(operationsFactory, "ir-ssis-ops", 2, 8);
        operationsRuntime.setNodeSize("Standard_E4_v3");
        operationsRuntime.setEdition(IntegrationRuntimeEdition.ENTERPRISE);
        operationsRuntime.setLicenseType(LicenseType.BASE_PRICE);
        VNetInjection injection = T.createVNetInjection();
        injection.setMethod(VNetInjectionMethod.STANDARD);
        injection.setSubnet(irSubnet);
        for (int i = 1; i <= 2; i++) {
            PublicIpAddress ip = T.createPublicIpAddress();
            ip.setName("pip-ssis-ops-" + i);
            ip.setRegion("westeurope");
            ip.setIpAddress("20.61.10." + (10 + i));
            ip.setSku(PublicIpSku.STANDARD);
            ip.setAllocation(PublicIpAllocation.STATIC);
            ip.setDnsLabel("contoso-ssis-ops-" + i);
            operationsGroup.getPublicIpAddresses().add(ip);
            injection.getPublicIps().add(ip);
        }
        operationsRuntime.setVnetInjection(injection);
        SsisCatalogDesign catalog = catalog(operationsRuntime, operationsServer, CatalogEndpointKind.FAILOVER_GROUP_LISTENER,
                SsisDbAuthentication.ENTRA_MANAGED_IDENTITY);
        catalog.setFailoverGroup(operationsFailoverGroup);
        catalog.setPricingTier(CatalogPricingTier.STANDARD);

        CustomSetup setup = T.createCustomSetup();
        setup.setDescription("Installs the Oracle OLE DB provider and the Contoso ODBC drivers");
        setup.setContainerSasUri(secret(SecretKind.SECURE_STORAGE, "liftshift/contoso/ops/custom-setup-sas"));
        operationsRuntime.setCustomSetup(setup);
        ExpressCustomSetup cmdkey = T.createExpressCustomSetup();
        cmdkey.setKind(ExpressSetupKind.CMDKEY);
        cmdkey.setTargetName("fileserver.contoso.local");
        cmdkey.setUserName("CONTOSO\\svc-ssis-files");
        cmdkey.setSecret(secret(SecretKind.SECURE_STORAGE, "liftshift/contoso/ops/fileserver-password"));
        operationsRuntime.getExpressSetups().add(cmdkey);

        SelfHostedIntegrationRuntime shir = T.createSelfHostedIntegrationRuntime();
        shir.setName("shir-contoso-onprem");
        shir.getNodes().addAll(List.of("shir01.contoso.local", "shir02.contoso.local"));
        operationsFactory.getSelfHostedRuntimes().add(shir);
        LinkedService staging = T.createLinkedService();
        staging.setName("ls-ssis-staging-blob");
        staging.setType("AzureBlobStorage");
        operationsFactory.getLinkedServices().add(staging);
        DataProxy proxy = T.createDataProxy();
        proxy.setSelfHostedRuntime(shir);
        proxy.setStagingLinkedService(staging);
        proxy.setStagingPath("ssis-staging/ops");
        operationsRuntime.setDataProxy(proxy);

        // packages kept in Azure Files run from the IR's package store; the IR reaches it as its own identity
        LinkedService packages = T.createLinkedService();
        packages.setName("ls-ssis-packages-files");
        packages.setType("AzureFileStorage");
        operationsFactory.getLinkedServices().add(packages);
        PackageStore store = T.createPackageStore();
        store.setName("OpsPackages");
        store.setLinkedService(packages);
        operationsRuntime.getPackageStores().add(store);
        UserAssignedIdentity identity = T.createUserAssignedIdentity();
        identity.setName("id-contoso-ssis-ops");
        identity.setClientId("5b0c1f9e-3d2a-4c8b-9e7f-1a2b3c4d5e6f");
        identity.setPrincipalId("9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a");
        ((ResourceGroup) operationsFactory.eContainer()).getIdentities().add(identity);
        operationsRuntime.setCredential(identity);
    }

    private static NetworkSecurityGroup irNsg(ResourceGroup group, String name, String ssisdbDestination) {
        NetworkSecurityGroup nsg = nsg(group, name);
        allow(nsg, "AllowBatchNodeManagement", 100, SecurityRuleDirection.INBOUND, "BatchNodeManagement", "VirtualNetwork",
                "29876-29877", "NET-10: Azure Batch manages the IR nodes");
        allow(nsg, "AllowAzureCloud", 200, SecurityRuleDirection.OUTBOUND, "VirtualNetwork", "AzureCloud", "443",
                "NET-10: Azure services the IR nodes depend on");
        allow(nsg, "AllowSsisdb", 210, SecurityRuleDirection.OUTBOUND, "VirtualNetwork", ssisdbDestination, "1433",
                "NET-10: SSISDB");
        allow(nsg, "AllowSsisdbRedirect", 220, SecurityRuleDirection.OUTBOUND, "VirtualNetwork", ssisdbDestination,
                "11000-11999", "NET-10: SSISDB with the Redirect connection policy");
        return nsg;
    }

    private static ManagedInstance entraManagedInstance(ResourceGroup group, String name, Subnet subnet) {
        ManagedInstance mi = managedInstance(group, name, subnet, "a1b2c3d4e5f6");
        mi.setEntraAuthenticationEnabled(true);
        mi.setEntraAdmin("sql-admins@contoso.com");
        mi.setConnectionPolicy(ConnectionPolicy.REDIRECT);
        return mi;
    }

    private static AzureSsisIntegrationRuntime injectedRuntime(DataFactory factory, String name, Subnet subnet,
            ManagedInstance host) {
        AzureSsisIntegrationRuntime runtime = runtime(factory, name, 2, 4);
        runtime.setDescription("Finance SSIS workloads");
        runtime.setEdition(IntegrationRuntimeEdition.STANDARD);
        runtime.setLicenseType(LicenseType.BASE_PRICE);
        VNetInjection injection = T.createVNetInjection();
        injection.setMethod(VNetInjectionMethod.STANDARD);
        injection.setSubnet(subnet);
        runtime.setVnetInjection(injection);
        SsisCatalogDesign catalog = catalog(runtime, host, CatalogEndpointKind.PRIVATE,
                SsisDbAuthentication.ENTRA_MANAGED_IDENTITY);
        catalog.setDualStandbyPairName("contoso-fin-ssis-pair");
        return runtime;
    }

    private void buildEstate() {
        instance = E.createSqlServerInstance();
        instance.setName("CONTOSO-SQL01");
        instance.setVersion("13.0.6435.1");
        instance.setMajorVersion(13);
        instance.setEdition("Enterprise Edition (64-bit)");
        onPremisesCatalog = E.createSsisCatalog();
        onPremisesCatalog.setRetentionWindowDays(90);
        onPremisesCatalog.setCleanupEnabled(true);
        instance.setCatalog(onPremisesCatalog);

        financeProject = project("Finance", "Finance ETL", List.of("LoadGeneralLedger", "LoadAccountsPayable",
                "LoadAccountsReceivable", "LoadFixedAssets", "LoadBudget", "LoadCurrencyRates", "CloseMonth", "PublishCube"),
                "sql-dw.contoso.local", AuthenticationKind.SQL);
        salesProject = project("Sales", "Sales Mart", List.of("LoadCustomers", "LoadProducts", "LoadOrders", "LoadInvoices",
                "LoadTargets", "RefreshForecast", "ExportToCrm"), "sql-sales.contoso.local", AuthenticationKind.SQL);
        operationsProject = project("Operations", "Ops Integration", List.of("ImportShipments", "ImportInventory",
                "ExportLabels", "ArchiveFiles", "SyncSuppliers"), "oracle-erp.contoso.local", AuthenticationKind.WINDOWS);
        ConnectionManager share = E.createConnectionManager();
        share.setName("Shipments share");
        share.setCreationName("FILE");
        share.setFilePath("\\\\fileserver.contoso.local\\ops\\shipments");
        share.setAuthentication(AuthenticationKind.WINDOWS);
        share.setProjectLevel(true);
        operationsProject.getConnectionManagers().add(share);

        Environment production = E.createEnvironment();
        production.setName("Production");
        EnvironmentVariable server = E.createEnvironmentVariable();
        server.setName("DwServer");
        server.setDataType("String");
        server.setValue("sql-dw.contoso.local");
        EnvironmentVariable password = E.createEnvironmentVariable();
        password.setName("DwPassword");
        password.setDataType("String");
        password.setSensitive(true);
        production.getVariables().addAll(List.of(server, password));
        ((CatalogFolder) financeProject.eContainer()).getEnvironments().add(production);
        EnvironmentReference productionReference = E.createEnvironmentReference();
        productionReference.setReferenceId(3);
        productionReference.setEnvironmentName(production.getName());
        productionReference.setEnvironment(production);
        financeProject.getEnvironmentReferences().add(productionReference);
        Parameter batchSize = E.createParameter();
        batchSize.setName("BatchSize");
        batchSize.setDataType("Int32");
        batchSize.setValue("1000");
        Parameter dwPassword = E.createParameter();
        dwPassword.setName("DwPassword");
        dwPassword.setDataType("String");
        dwPassword.setSensitive(true);
        financeProject.getParameters().addAll(List.of(batchSize, dwPassword));

        // the nightly ledger runs with the Production environment, verbose logging and three overrides;
        // the password's value was removed on import, as every sensitive value is
        job("Finance - nightly ledger", financeProject, 0, daily("Daily 01:00", 10000), " /ENVREFERENCE 3"
                + " /Par \"\\\"$Project::BatchSize(Int32)\\\"\";500 /Par \"\\\"$Project::DwPassword(String)\\\"\";"
                + " /Par \"\\\"CM.Source.InitialCatalog\\\"\";\"\\\"Finance DW\\\"\"", 3);
        job("Finance - payables", financeProject, 1, daily("Daily 01:30", 13000));
        job("Finance - receivables", financeProject, 2, daily("Daily 02:00", 20000));
        job("Finance - month end", financeProject, 6, monthly("Monthly day 1 04:00", 1, 40000));
        job("Sales - customers and products", salesProject, 0, daily("Daily 03:00", 30000));
        job("Sales - orders", salesProject, 2, hourly("Hourly 06:00-20:00", 60000, 200000));
        job("Sales - forecast", salesProject, 5, weekly("Weekly Sunday 05:00", 1, 50000));
        job("Operations - shipments", operationsProject, 0, daily("Daily 05:30", 53000));
        job("Operations - inventory", operationsProject, 1, daily("Daily 22:00", 220000));
        job("Operations - archive", operationsProject, 3, weekly("Weekly Saturday 23:00", 64, 230000));

        Estate estate = E.createEstate();
        estate.setName("Contoso on-premises SSIS");
        estate.getInstances().add(instance);
    }

    private Project project(String folderName, String name, List<String> packages, String server, AuthenticationKind auth) {
        CatalogFolder folder = E.createCatalogFolder();
        folder.setName(folderName);
        onPremisesCatalog.getFolders().add(folder);
        Project project = E.createProject();
        project.setName(name);
        project.setDeploymentModel(DeploymentModel.PROJECT);
        project.setProtectionLevel(ProtectionLevel.DONT_SAVE_SENSITIVE);
        project.setVersion("1.0." + packages.size());
        folder.getProjects().add(project);
        for (String packageName : packages) {
            Package pkg = E.createPackage();
            pkg.setName(packageName + ".dtsx");
            pkg.setFormatVersion(8);
            pkg.setProtectionLevel(ProtectionLevel.DONT_SAVE_SENSITIVE);
            ConnectionManager source = E.createConnectionManager();
            source.setName("Source");
            source.setCreationName("OLEDB");
            source.setProvider("MSOLEDBSQL");
            source.setServer(server);
            source.setDatabase(folderName);
            source.setAuthentication(auth);
            pkg.getConnectionManagers().add(source);
            Executable dataFlow = E.createExecutable();
            dataFlow.setName("Load " + packageName);
            dataFlow.setCreationName("Microsoft.Pipeline");
            dataFlow.setPath("\\Package\\Load " + packageName);
            pkg.getExecutables().add(dataFlow);
            project.getPackages().add(pkg);
        }
        return project;
    }

    private void job(String name, Project project, int packageIndex, Schedule schedule) {
        job(name, project, packageIndex, schedule, "", 1);
    }

    /** @param options what the step passes besides the package, server and logging level, as SSMS writes it */
    private void job(String name, Project project, int packageIndex, Schedule schedule, String options, int loggingLevel) {
        Package pkg = project.getPackages().get(packageIndex);
        CatalogFolder folder = (CatalogFolder) project.eContainer();
        AgentJob job = E.createAgentJob();
        job.setName(name);
        job.setOwner("CONTOSO\\svc-sqlagent");
        job.setCategory("SSIS");
        JobStep step = E.createJobStep();
        step.setStepId(1);
        step.setName("Run " + pkg.getName());
        step.setSubsystem(JobStepSubsystem.SSIS);
        step.setCommand("/ISSERVER \"\\\"\\SSISDB\\" + folder.getName() + "\\" + project.getName() + "\\" + pkg.getName()
                + "\\\"\" /SERVER \"\\\"CONTOSO-SQL01\\\"\"" + options + " /Par \"\\\"$ServerOption::LOGGING_LEVEL(Int16)\\\"\";"
                + loggingLevel + " /CALLERINFO SQLAGENT /REPORTING E");
        step.setPackage(pkg);
        job.getSteps().add(step);
        instance.getSchedules().add(schedule);
        job.getSchedules().add(schedule);
        instance.getJobs().add(job);
    }

    private static Schedule daily(String name, int time) {
        Schedule schedule = E.createSchedule();
        schedule.setName(name);
        schedule.setFrequencyType(FrequencyType.DAILY);
        schedule.setFrequencyInterval(1);
        schedule.setActiveStartTime(time);
        return schedule;
    }

    private static Schedule weekly(String name, int dayMask, int time) {
        Schedule schedule = daily(name, time);
        schedule.setFrequencyType(FrequencyType.WEEKLY);
        schedule.setFrequencyInterval(dayMask);
        schedule.setFrequencyRecurrenceFactor(1);
        return schedule;
    }

    private static Schedule monthly(String name, int day, int time) {
        Schedule schedule = daily(name, time);
        schedule.setFrequencyType(FrequencyType.MONTHLY);
        schedule.setFrequencyInterval(day);
        schedule.setFrequencyRecurrenceFactor(1);
        return schedule;
    }

    private static Schedule hourly(String name, int start, int end) {
        Schedule schedule = daily(name, start);
        schedule.setFrequencySubdayType(org.liftshift.model.estate.FrequencySubdayType.HOURS);
        schedule.setFrequencySubdayInterval(1);
        schedule.setActiveEndTime(end);
        return schedule;
    }

    private void buildPlan() {
        AzureTarget target = T.createAzureTarget();
        target.setName("Contoso Azure");
        target.getSubscriptions().add(subscription);
        plan = P.createMigrationPlan();
        plan.setName("Contoso SSIS to Azure");
        plan.setDescription("Move CONTOSO-SQL01's SSIS catalog and Agent jobs to Azure-SSIS integration runtimes.");
        plan.setEstate((Estate) instance.eContainer());
        plan.setTarget(target);

        map(financeProject, financeRuntime);
        map(salesProject, salesRuntime);
        map(operationsProject, operationsRuntime);
        for (AgentJob job : instance.getJobs()) {
            JobOrchestration orchestration = P.createJobOrchestration();
            orchestration.setJob(job);
            Project project = (Project) job.getSteps().get(0).getPackage().eContainer();
            if (project == operationsProject) {
                orchestration.setKind(OrchestrationKind.ADF_PIPELINE);
                orchestration.setDataFactory(operationsFactory);
                String slug = job.getName().replaceAll("[^A-Za-z0-9]+", "-").toLowerCase(java.util.Locale.ROOT);
                orchestration.setPipelineName("pl-" + slug);
                orchestration.setTriggerName("tr-" + slug);
            } else {
                orchestration.setKind(OrchestrationKind.MI_AGENT_JOB);
                orchestration.setManagedInstance(project == financeProject ? financeInstance : salesInstance);
                orchestration.setOwnerLogin("ssis-jobs@contoso.com");
            }
            plan.getOrchestrations().add(orchestration);
        }

        wave("Wave 1 - Sales", 1, "2027-02-01", salesProject);
        wave("Wave 2 - Finance", 2, "2027-03-01", financeProject);
        wave("Wave 3 - Operations", 3, "2027-04-05", operationsProject);

        decision("SSISDB for Finance on the Managed Instance's private endpoint", DecisionArea.ENDPOINT,
                "Finance reaches SSISDB on sqlmi-contoso-fin-weu through its private endpoint; the IR joins vnet-ssis-weu on snet-ssis-ir.",
                "Finance data must not cross public endpoints; the IR and the Managed Instance share a virtual network on separate subnets (EP-1).",
                "Public endpoint on 3342 (rejected by security review).", "EP-1", "EP-2");
        decision("Microsoft Entra authentication with the factory's managed identity", DecisionArea.AUTHENTICATION,
                "Finance and Operations IRs authenticate to SSISDB with their factories' managed identities.",
                "No SQL admin password to rotate; the Entra admins are in place on both hosts (AUTH-2).",
                "SQL authentication (kept for Sales, whose instance has no Entra admin yet).", "AUTH-2");
        decision("Dual-standby IR pair in North Europe", DecisionArea.BCDR,
                "ir-ssis-fin-neu pairs with ir-ssis-fin-weu under contoso-fin-ssis-pair; the secondary is stopped until failover.",
                "Finance needs recovery within an hour; a stopped secondary costs nothing and starts in 20-30 minutes.",
                "Keeping both IRs running for near-zero downtime.", "BCDR-2");
        decision("Operations uses the self-hosted IR as data proxy", DecisionArea.NETWORK,
                "On-premises Oracle and file shares are reached through shir-contoso-onprem, staged in ls-ssis-staging-blob.",
                "No site-to-site VPN to the Operations virtual network yet; ConnectByProxy covers the OLE DB sources.",
                "ExpressRoute to vnet-ssis-ops (planned for 2027).", "AUTH-3", "NET-10");
        decision("Operations orchestration moves to Data Factory pipelines", DecisionArea.ORCHESTRATION,
                "The three Operations jobs become pipelines with Execute SSIS Package activities and schedule triggers.",
                "Operations already runs other Data Factory pipelines; SQL Database has no SQL Agent.",
                "Elastic jobs.", "BCDR-1");

        BcdrDesign bcdr = P.createBcdrDesign();
        bcdr.setSecondaryRegion("northeurope");
        bcdr.setFailoverGroup(financeFailoverGroup);
        bcdr.setPrimaryRuntime(financeRuntime);
        bcdr.setSecondaryRuntime(financeSecondaryRuntime);
        bcdr.setSecondaryFactory((DataFactory) financeSecondaryRuntime.eContainer());
        bcdr.setOrchestration(OrchestrationKind.MI_AGENT_JOB);
        plan.setBcdr(bcdr);
    }

    private void map(Project project, AzureSsisIntegrationRuntime runtime) {
        FolderMapping mapping = P.createFolderMapping();
        mapping.setSourceFolder((CatalogFolder) project.eContainer());
        mapping.setRuntime(runtime);
        mapping.setTargetFolderName(((CatalogFolder) project.eContainer()).getName());
        plan.getFolderMappings().add(mapping);
    }

    private void wave(String name, int order, String start, Project project) {
        MigrationWave wave = P.createMigrationWave();
        wave.setName(name);
        wave.setOrder(order);
        wave.setPlannedStart(start);
        wave.getProjects().add(project);
        for (AgentJob job : instance.getJobs()) {
            if (job.getSteps().get(0).getPackage().eContainer() == project) {
                wave.getJobs().add(job);
            }
        }
        plan.getWaves().add(wave);
    }

    private void decision(String title, DecisionArea area, String decided, String rationale, String alternatives,
            String... rules) {
        DesignDecision decision = P.createDesignDecision();
        decision.setTitle(title);
        decision.setArea(area);
        decision.setDecision(decided);
        decision.setRationale(rationale);
        decision.setAlternatives(alternatives);
        decision.getRuleIds().addAll(List.of(rules));
        plan.getDecisions().add(decision);
    }
}
