package org.liftshift.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.liftshift.model.estate.AgentJob;
import org.liftshift.model.connections.ConnectionStrings;
import org.liftshift.model.estate.ConfigurationFile;
import org.liftshift.model.estate.ConfigurationType;
import org.liftshift.model.estate.ConfiguredValue;
import org.liftshift.model.estate.ConnectionManager;
import org.liftshift.model.estate.DataFlowComponent;
import org.liftshift.model.estate.DeploymentModel;
import org.liftshift.model.estate.EstateFactory;
import org.liftshift.model.estate.Executable;
import org.liftshift.model.estate.JobStep;
import org.liftshift.model.estate.JobStepSubsystem;
import org.liftshift.model.estate.LogProvider;
import org.liftshift.model.estate.Package;
import org.liftshift.model.estate.PackageConfiguration;
import org.liftshift.model.estate.ProtectionLevel;
import org.liftshift.model.estate.SqlServerInstance;
import org.liftshift.model.estate.Variable;
import org.liftshift.model.plan.AssessmentFinding;
import org.liftshift.model.plan.DesignChange;
import org.liftshift.model.plan.FindingStatus;
import org.liftshift.model.plan.MigrationPlan;
import org.liftshift.model.plan.Severity;

/** The rules about package content, deployment and job steps, on packages built for each case. */
class PackageRulesTest {

    private static final EstateFactory E = EstateFactory.eINSTANCE;

    private final MigrationPlan plan = Plans.withProject();
    private final Package pkg = plan.getEstate().getFileProjects().get(0).getPackages().get(0);
    private final Executable dataFlow = task("Load orders", "Microsoft.Pipeline");

    @Test
    void aCleanPackageOfAProjectHasNoFinding() {
        pkg.getExecutables().add(dataFlow);
        dataFlow.getComponents().add(component("Orders", "Microsoft.OLEDBSource"));

        assertThat(assess()).isEmpty();
    }

    @Test
    void enterpriseComponentsNeedTheEnterpriseEdition() {
        pkg.getExecutables().add(dataFlow);
        DataFlowComponent fuzzy = component("Match customers", "Microsoft.FuzzyLookup");
        dataFlow.getComponents().add(fuzzy);
        Executable cdc = task("CDC control", "Attunity.SqlServer.CDCControlTask.CdcControlTask, Attunity.SqlServer.CDCControlTask, "
                + "Version=4.0.0.0, Culture=neutral, PublicKeyToken=aa342389a732e31c");
        pkg.getExecutables().add(cdc);

        assertThat(assess()).extracting(AssessmentFinding::getRuleId, AssessmentFinding::getSubject, AssessmentFinding::getSuggestedChange)
                .contains(tuple("2001", fuzzy, DesignChange.ENTERPRISE_EDITION), tuple("2001", cdc, DesignChange.ENTERPRISE_EDITION));
        assertThat(finding("2001", fuzzy).getEvidence()).isEqualTo("Component 'Match customers' (Microsoft.FuzzyLookup)");
        assertThat(finding("2001", fuzzy).getSeverity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void orcParquetThirdPartyAndBlobComponents() {
        pkg.getExecutables().add(dataFlow);
        DataFlowComponent parquet = component("Parquet", "ParquetDest");
        DataFlowComponent vendor = component("Address check", "Melissa.AddressVerify");
        vendor.setThirdParty(true);
        DataFlowComponent blob = component("Blob", "AzBlobSrc");
        dataFlow.getComponents().addAll(List.of(parquet, vendor, blob));
        Executable secureFtp = task("SFTP", "SSIS2016Cookbook.SecureFTP, SSISCustomTasks, Version=1.0.0.0, Culture=neutral, "
                + "PublicKeyToken=4ca32ac877f73de2");
        Executable sqlTask = task("SQL", "Microsoft.SqlServer.Dts.Tasks.ExecuteSQLTask.ExecuteSQLTask, Microsoft.SqlServer.SQLTask, "
                + "Version=11.0.0.0, Culture=neutral, PublicKeyToken=89845dcd8080cc91");
        pkg.getExecutables().addAll(List.of(secureFtp, sqlTask));

        assertThat(assess()).extracting(AssessmentFinding::getRuleId, AssessmentFinding::getSubject).containsExactlyInAnyOrder(
                tuple("2002", parquet), tuple("2003", vendor), tuple("2004", blob), tuple("2003", secureFtp));
        assertThat(finding("2004", blob).getSeverity()).isEqualTo(Severity.INFO);
    }

    @Test
    void customLogProvidersAndExecuteProcessPaths() {
        LogProvider custom = E.createLogProvider();
        custom.setName("Splunk");
        custom.setCreationName("Contoso.Logging.SplunkLogProvider, Contoso.Logging");
        LogProvider builtIn = E.createLogProvider();
        builtIn.setName("SQL");
        builtIn.setCreationName("Microsoft.LogProviderSQLServer");
        pkg.getLogProviders().addAll(List.of(custom, builtIn));
        Executable local = task("Zip", "Microsoft.ExecuteProcess");
        local.setTargetPath("C:\\Tools\\7z.exe");
        Executable share = task("Notify", "Microsoft.ExecuteProcess");
        share.setTargetPath("\\\\tools01\\bin\\notify.exe");
        Executable onPath = task("PowerShell", "Microsoft.ExecuteProcess");
        onPath.setTargetPath("Powershell.exe");
        pkg.getExecutables().addAll(List.of(local, share, onPath));

        assertThat(assess()).extracting(AssessmentFinding::getRuleId, AssessmentFinding::getSubject, AssessmentFinding::getSuggestedChange)
                .containsExactlyInAnyOrder(tuple("2005", custom, DesignChange.CUSTOM_SETUP),
                        tuple("3001", local, DesignChange.AZURE_FILES), tuple("3001", share, DesignChange.VNET_INJECTION));
        assertThat(finding("3001", share).getObjectPath()).isEqualTo("Estate/ETL/Load.dtsx/Notify");
    }

    @Test
    void legacyConfigurations() {
        PackageConfiguration xml = configuration(ConfigurationType.XML_FILE, "\\\\cfg01\\ssis\\Load.dtsConfig");
        PackageConfiguration registry = configuration(ConfigurationType.REGISTRY_ENTRY, "HKCU\\Software\\Contoso\\Load");
        PackageConfiguration indirect = configuration(ConfigurationType.INDIRECT_SQL_SERVER, "SSIS_CONFIG_DB");
        PackageConfiguration relative = configuration(ConfigurationType.XML_FILE, "Load.dtsConfig");
        pkg.getConfigurations().addAll(List.of(xml, registry, indirect, relative));

        assertThat(assess()).extracting(AssessmentFinding::getRuleId, AssessmentFinding::getSubject).containsExactlyInAnyOrder(
                tuple("4001", xml), tuple("4002", registry), tuple("1006", indirect), tuple("PKG-10", xml), tuple("PKG-10", relative));
        assertThat(finding("4002", registry).getSeverity()).isEqualTo(Severity.ERROR);
        assertThat(finding("PKG-10", relative).getSeverity()).isEqualTo(Severity.INFO);
        assertThat(finding("PKG-10", relative).getEvidence()).isEqualTo("XML configuration file 'Load.dtsConfig' was not imported");
    }

    @Test
    void valuesOfAnImportedConfigurationFileAreJudgedLikeThePackagesOwn() {
        ConnectionManager warehouse = E.createConnectionManager();
        warehouse.setName("Warehouse");
        warehouse.setCreationName("OLEDB");
        ConnectionStrings.apply(warehouse, "Data Source=contoso-dw.database.windows.net;Initial Catalog=DW;Provider=MSOLEDBSQL;User ID=etl;");
        pkg.getConnectionManagers().add(warehouse);
        ConfigurationFile file = E.createConfigurationFile();
        file.setName("Warehouse.dtsConfig");
        ConfiguredValue connection = configured("\\Package.Connections[Warehouse].Properties[ConnectionString]",
                "Data Source=SQLPROD01;Initial Catalog=DW;Provider=SQLNCLI10.1;Integrated Security=SSPI;");
        ConfiguredValue server = configured("\\Package.Connections[Warehouse].Properties[ServerName]",
                "contoso-dw-secondary.database.windows.net");
        ConfiguredValue folder = configured("\\Package.Variables[User::InputFolder].Properties[Value]", "D:\\Feeds\\Incoming");
        ConfiguredValue secret = configured("\\Package.Connections[Warehouse].Properties[Password]", null);
        secret.setSensitive(true);
        file.getValues().addAll(List.of(connection, server, folder, secret));
        plan.getEstate().getConfigurationFiles().add(file);
        PackageConfiguration xml = configuration(ConfigurationType.XML_FILE, "Warehouse.dtsConfig");
        xml.setFile(file);
        pkg.getConfigurations().add(xml);

        List<AssessmentFinding> findings = assess();

        assertThat(findings).extracting(AssessmentFinding::getRuleId, AssessmentFinding::getSubject).containsExactlyInAnyOrder(
                tuple("1001", connection), tuple("PKG-3", connection), tuple("1003", connection), tuple("1007", connection),
                tuple("PKG-2", folder));
        assertThat(finding("1001", connection).getEvidence())
                .isEqualTo("Warehouse.dtsConfig sets \\Package.Connections[Warehouse].Properties[ConnectionString]: Server SQLPROD01");
        assertThat(finding("1001", connection).getObjectPath()).endsWith("Warehouse.dtsConfig/\\Package.Connections[Warehouse].Properties[ConnectionString]");
        assertThat(finding("PKG-2", folder).getEvidence()).endsWith(": '\\Package.Variables[User::InputFolder].Properties[Value]' = D:\\Feeds\\Incoming");
        assertThat(warehouse.getServer()).as("the package's own connection is not changed").isEqualTo("contoso-dw.database.windows.net");
    }

    @Test
    void userKeyEncryption() {
        pkg.setProtectionLevel(ProtectionLevel.ENCRYPT_ALL_WITH_USER_KEY);
        Package sensitive = Plans.pkg("Sensitive.dtsx");
        sensitive.setProtectionLevel(ProtectionLevel.ENCRYPT_SENSITIVE_WITH_USER_KEY);
        Package password = Plans.pkg("Password.dtsx");
        password.setProtectionLevel(ProtectionLevel.ENCRYPT_SENSITIVE_WITH_PASSWORD);
        plan.getEstate().getFileProjects().get(0).getPackages().addAll(List.of(sensitive, password));

        assertThat(assess()).extracting(AssessmentFinding::getRuleId, AssessmentFinding::getSubject, AssessmentFinding::getSeverity)
                .containsExactlyInAnyOrder(tuple("4003", pkg, Severity.ERROR), tuple("4003", sensitive, Severity.WARNING));
    }

    @Test
    void excelComponentsThatMayRunInParallel() {
        pkg.getExecutables().add(dataFlow);
        dataFlow.getComponents().addAll(List.of(component("Read", "Microsoft.ExcelSource"), component("Write", "Microsoft.ExcelDestination")));
        Package single = Plans.pkg("Single.dtsx");
        Executable other = task("One sheet", "Microsoft.Pipeline");
        other.getComponents().add(component("Read", "Microsoft.ExcelSource"));
        single.getExecutables().add(other);
        plan.getEstate().getFileProjects().get(0).getPackages().add(single);

        assertThat(assess()).extracting(AssessmentFinding::getRuleId, AssessmentFinding::getSubject).containsExactly(tuple("PKG-1", pkg));
        assertThat(finding("PKG-1", pkg).getEvidence()).isEqualTo("2 Excel components: 'Read', 'Write'");
    }

    @Test
    void localPathsInVariablesParametersAndExpressions() {
        Variable folder = E.createVariable();
        folder.setName("InputFolder");
        folder.setValue("D:\\Import\\");
        Variable relative = E.createVariable();
        relative.setName("Scratch");
        relative.setValue("work\\tmp");
        Variable expression = E.createVariable();
        expression.setName("Archive");
        expression.setEvaluateAsExpression(true);
        expression.setExpression("\"E:\\\\Archive\\\\\" + @[User::RunId]");
        pkg.getVariables().addAll(List.of(folder, relative, expression));

        assertThat(assess()).extracting(AssessmentFinding::getRuleId, AssessmentFinding::getSubject).containsExactlyInAnyOrder(
                tuple("PKG-2", folder), tuple("PKG-2", expression));
    }

    @Test
    void connectByProxyOnComponentsTheProxyCannotRun() {
        pkg.getExecutables().add(dataFlow);
        DataFlowComponent hdfs = component("HDFS", "HdfsSource");
        hdfs.setConnectByProxy(true);
        DataFlowComponent oledb = component("Orders", "Microsoft.OLEDBSource");
        oledb.setConnectByProxy(true);
        dataFlow.getComponents().addAll(List.of(hdfs, oledb));

        assertThat(assess()).extracting(AssessmentFinding::getRuleId, AssessmentFinding::getSubject).containsExactly(tuple("PKG-7", hdfs));
    }

    @Test
    void packageDeploymentModelAndTsqlStartedPackages() {
        plan.getEstate().getFileProjects().get(0).setDeploymentModel(DeploymentModel.PACKAGE);
        Package loose = Plans.pkg("Loose.dtsx");
        plan.getEstate().getFilePackages().add(loose);
        SqlServerInstance instance = E.createSqlServerInstance();
        instance.setName("SQL01");
        Package msdb = Plans.pkg("Legacy");
        instance.getMsdbPackages().add(msdb);
        AgentJob job = E.createAgentJob();
        job.setName("Nightly");
        JobStep step = E.createJobStep();
        step.setStepId(1);
        step.setName("Start");
        step.setSubsystem(JobStepSubsystem.TSQL);
        step.setCommand("EXEC [SSISDB].[catalog].[start_execution] @execution_id");
        job.getSteps().add(step);
        instance.getJobs().add(job);
        plan.getEstate().getInstances().add(instance);

        assertThat(assess()).extracting(AssessmentFinding::getRuleId, AssessmentFinding::getSuggestedChange).containsExactlyInAnyOrder(
                tuple("PKG-9", DesignChange.PROJECT_DEPLOYMENT_MODEL), tuple("PKG-9", DesignChange.PROJECT_DEPLOYMENT_MODEL),
                tuple("PKG-9", DesignChange.PROJECT_DEPLOYMENT_MODEL), tuple("PKG-8", DesignChange.NONE));
        assertThat(finding("PKG-8", step).getEvidence()).isEqualTo("Step 1 of job Nightly calls catalog.start_execution");
    }

    @Test
    void recordingKeepsTheArchitectsDecisionsAndDropsWhatIsGone() {
        pkg.setProtectionLevel(ProtectionLevel.ENCRYPT_SENSITIVE_WITH_USER_KEY);
        Package other = Plans.pkg("Other.dtsx");
        other.setProtectionLevel(ProtectionLevel.ENCRYPT_SENSITIVE_WITH_USER_KEY);
        plan.getEstate().getFileProjects().get(0).getPackages().add(other);
        PackageAssessment.record(plan, assess());
        plan.getFindings().get(0).setStatus(FindingStatus.ACCEPTED);

        other.setProtectionLevel(ProtectionLevel.DONT_SAVE_SENSITIVE);
        PackageAssessment.record(plan, assess());

        assertThat(plan.getFindings()).extracting(AssessmentFinding::getSubject, AssessmentFinding::getStatus)
                .containsExactly(tuple(pkg, FindingStatus.ACCEPTED));
    }

    @Test
    void aCancelledAssessmentStops() {
        NullProgressMonitor cancelled = new NullProgressMonitor();
        cancelled.setCanceled(true);

        assertThatThrownBy(() -> PackageAssessment.withAllRules().assess(plan, cancelled))
                .isInstanceOf(OperationCanceledException.class);
    }

    private List<AssessmentFinding> assess() {
        return PackageAssessment.withAllRules().assess(plan, new NullProgressMonitor());
    }

    private AssessmentFinding finding(String rule, Object subject) {
        return assess().stream().filter(f -> f.getRuleId().equals(rule) && f.getSubject() == subject).findFirst().orElseThrow();
    }

    private static Executable task(String name, String creationName) {
        Executable task = E.createExecutable();
        task.setName(name);
        task.setCreationName(creationName);
        return task;
    }

    private static DataFlowComponent component(String name, String classId) {
        DataFlowComponent component = E.createDataFlowComponent();
        component.setName(name);
        component.setComponentClassId(classId);
        return component;
    }

    private static ConfiguredValue configured(String path, String value) {
        ConfiguredValue configured = E.createConfiguredValue();
        configured.setPath(path);
        configured.setConfiguredType("Property");
        configured.setValueType("String");
        configured.setValue(value);
        return configured;
    }

    private static PackageConfiguration configuration(ConfigurationType type, String value) {
        PackageConfiguration configuration = E.createPackageConfiguration();
        configuration.setName(type.getLiteral());
        configuration.setType(type);
        configuration.setConfigurationString(value);
        return configuration;
    }
}
