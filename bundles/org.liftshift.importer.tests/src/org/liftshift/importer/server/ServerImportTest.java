package org.liftshift.importer.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liftshift.importer.EstateImport;
import org.liftshift.model.estate.AgentJob;
import org.liftshift.model.estate.CatalogFolder;
import org.liftshift.model.estate.Environment;
import org.liftshift.model.estate.EnvironmentVariable;
import org.liftshift.model.estate.JobStep;
import org.liftshift.model.estate.JobStepSubsystem;
import org.liftshift.model.estate.Package;
import org.liftshift.model.estate.Parameter;
import org.liftshift.model.estate.Project;
import org.liftshift.model.estate.SqlServerInstance;
import org.liftshift.model.jobs.IsServerCommand;
import org.liftshift.model.jobs.ParameterOverride;
import org.liftshift.model.persistence.MigrationFiles;
import org.liftshift.model.plan.MigrationPlan;
import org.liftshift.model.plan.PlanFactory;
import org.liftshift.model.target.TargetFactory;
import org.liftshift.testing.SharedMaterial;

/** The live import against SSISDB and msdb tables defined as sql-docs documents them, in H2's SQL Server mode. */
class ServerImportTest {

    static final String ETL = "packt-ssis2017-cookbook/Chapter06/Solution/SSISCookbook/bin/Development/ETL.ispac";
    static final String LEGACY = "microsoft-sql-server-samples/simple-etl-tutorial/Lesson 5.dtsx";
    static final String COMMAND = "/ISSERVER \"\\\"\\SSISDB\\Finance\\ETL\\StgCustomer.dtsx\\\"\" /SERVER \"\\\"SQL01\\ETL\\\"\" "
            + "/ENVREFERENCE 3 /Par \"\\\"$Project::DbPassword\\\"\";\"\\\"S3cret!\\\"\" /Par \"\\\"$Project::BatchSize\\\"\";500 "
            + "/CALLERINFO SQLAGENT /REPORTING E";

    @TempDir
    Path dir;

    private SqlServerFixture server;

    @BeforeEach
    void aServerWithACatalogAndJobs() throws Exception {
        server = new SqlServerFixture();
        fill(server);
    }

    @AfterEach
    void shutDown() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    static void fill(SqlServerFixture server) throws Exception {
        server.ssisdb("INSERT INTO catalog.catalog_properties VALUES ('RETENTION_WINDOW', '30'), ('OPERATION_CLEANUP_ENABLED', 'TRUE'), "
                + "('SERVER_LOGGING_LEVEL', '3'), ('MAX_PROJECT_VERSIONS', '5'), ('ENCRYPTION_ALGORITHM', 'AES_256')");
        server.ssisdb("INSERT INTO catalog.folders (id, name, description) VALUES (1, 'Finance', 'Ledger loads'), (2, 'Shared', NULL)");
        server.ssisdb("INSERT INTO catalog.projects (project_id, folder_id, name, description, project_format_version) "
                + "VALUES (10, 1, 'ETL', 'Staging', 1)");
        server.ssisdb("INSERT INTO catalog.packages (package_id, name, package_guid, description, package_format_version, project_id, "
                + "entry_point) VALUES (100, 'StgCustomer.dtsx', RANDOM_UUID(), NULL, 8, 10, TRUE), "
                + "(101, 'EP_Staging.dtsx', RANDOM_UUID(), NULL, 8, 10, TRUE)");
        server.ssisdb("INSERT INTO catalog.object_parameters (parameter_id, project_id, object_type, object_name, parameter_name, "
                + "data_type, required, sensitive, description, default_value, value_type) VALUES "
                + "(1, 10, 20, 'ETL', 'BatchSize', 'Int32', FALSE, FALSE, 'Rows per batch', '500', 'V'), "
                + "(2, 10, 20, 'ETL', 'DbPassword', 'String', TRUE, TRUE, NULL, 'P@ssw0rd-in-ssisdb', 'V'), "
                + "(3, 10, 30, 'StgCustomer.dtsx', 'LoadDate', 'DateTime', FALSE, FALSE, NULL, NULL, 'R'), "
                + "(4, 10, 20, 'ETL', 'CM.cmgr_DW.ServerName', 'String', FALSE, FALSE, NULL, 'dw01', 'V')");
        server.ssisdb("INSERT INTO catalog.environments (environment_id, name, folder_id, description) VALUES (5, 'Production', 1, NULL)");
        server.ssisdb("INSERT INTO catalog.environment_variables (variable_id, environment_id, name, description, type, sensitive, value) "
                + "VALUES (50, 5, 'ServerName', NULL, 'String', FALSE, 'sql01.corp.contoso.com'), "
                + "(51, 5, 'ApiKey', NULL, 'String', TRUE, 'k3y-in-ssisdb')");
        server.ssisdb("INSERT INTO catalog.environment_references (reference_id, project_id, reference_type, environment_folder_name, "
                + "environment_name) VALUES (3, 10, 'R', NULL, 'Production')");
        server.ssisdb("INSERT INTO internal.project_binaries VALUES ('Finance', 'ETL', ?)", Files.readAllBytes(SharedMaterial.corpusFile(ETL)));

        UUID job = UUID.fromString("0e3e7a52-9a6b-4f7e-8d0a-3f1f6d5b2c11");
        server.msdb("INSERT INTO dbo.sysjobs (job_id, name, enabled, description, owner_sid) VALUES (?, 'Finance - nightly', 1, "
                + "'Loads the ledger', X'0105')", job);
        server.msdb("INSERT INTO dbo.sysproxies (proxy_id, name, credential_id, enabled, description) VALUES (1, 'SSIS proxy', 1, 1, NULL)");
        server.msdb("INSERT INTO dbo.sysjobsteps (job_id, step_id, step_name, subsystem, command, on_success_action, on_fail_action, "
                + "retry_attempts, retry_interval, proxy_id, database_name) VALUES "
                + "(?, 1, 'Stage customers', 'SSIS', ?, 3, 2, 2, 5, 1, NULL), "
                + "(?, 2, 'Mark done', 'TSQL', 'UPDATE dbo.Runs SET Done = 1', 1, 2, 0, 0, 0, 'Ledger')", job, COMMAND, job);
        server.msdb("INSERT INTO dbo.sysschedules (schedule_id, name, enabled, freq_type, freq_interval, freq_subday_type, "
                + "freq_subday_interval, freq_relative_interval, freq_recurrence_factor, active_start_date, active_end_date, "
                + "active_start_time, active_end_time) VALUES (7, 'Daily 01:00', 1, 4, 1, 1, 0, 0, 0, 20240101, 99991231, 10000, 235959)");
        server.msdb("INSERT INTO dbo.sysjobschedules (schedule_id, job_id) VALUES (7, ?)", job);
        server.msdb("INSERT INTO dbo.sysssispackages (name, id, description, packagedata, packageformat, packagetype, isencrypted) "
                + "VALUES ('Lesson 5', RANDOM_UUID(), 'Tutorial', ?, 3, 5, FALSE)", Files.readAllBytes(SharedMaterial.corpusFile(LEGACY)));
    }

    @Test
    void theCatalogAndTheJobsBecomeOneInstance() {
        EstateImport.Result result = importServer();

        SqlServerInstance instance = result.estate().getInstances().get(0);
        assertThat(instance.getName()).isEqualTo("SQL01\\ETL");
        assertThat(instance.getMajorVersion()).isEqualTo(15);
        assertThat(instance.getEdition()).startsWith("Enterprise");
        assertThat(instance.getCatalog().getRetentionWindowDays()).isEqualTo(30);
        assertThat(instance.getCatalog().getMaxProjectVersions()).isEqualTo(5);
        assertThat(instance.getCatalog().getServerLoggingLevel().getValue()).isEqualTo(3);
        assertThat(instance.getCatalog().getFolders()).extracting(CatalogFolder::getName).containsExactly("Finance", "Shared");

        Project etl = instance.getCatalog().getFolders().get(0).getProjects().get(0);
        assertThat(etl.getName()).isEqualTo("ETL");
        assertThat(etl.getParameters()).extracting(Parameter::getName, Parameter::getValue, Parameter::isSensitive).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("BatchSize", "500", false),
                org.assertj.core.groups.Tuple.tuple("DbPassword", null, true));
        Environment production = instance.getCatalog().getFolders().get(0).getEnvironments().get(0);
        assertThat(production.getVariables()).extracting(EnvironmentVariable::getName, EnvironmentVariable::getValue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ServerName", "sql01.corp.contoso.com"),
                        org.assertj.core.groups.Tuple.tuple("ApiKey", null));
        assertThat(etl.getEnvironmentReferences()).singleElement().satisfies(reference -> {
            assertThat(reference.getReferenceId()).isEqualTo(3);
            assertThat(reference.getEnvironment()).isSameAs(production);
        });
    }

    @Test
    void deployedProjectsAreReadFromTheirIspacSoTheirPackagesCanBeAssessed() {
        Project etl = importServer().estate().getInstances().get(0).getCatalog().getFolders().get(0).getProjects().get(0);

        assertThat(etl.getPackages()).extracting(Package::getName).contains("StgCustomer.dtsx", "EP_Staging.dtsx", "StgAddress");
        Package customer = etl.getPackages().stream().filter(p -> p.getName().startsWith("StgCustomer")).findFirst().orElseThrow();
        assertThat(customer.getExecutables()).as("read from the project binary").isNotEmpty();
        assertThat(customer.getSourcePath()).isEqualTo("SSISDB/Finance/ETL/StgCustomer.dtsx");
        assertThat(etl.getConnectionManagers()).isNotEmpty();
    }

    @Test
    void jobsStepsSchedulesProxiesAndLegacyPackages() {
        SqlServerInstance instance = importServer().estate().getInstances().get(0);

        AgentJob job = instance.getJobs().get(0);
        assertThat(job.getName()).isEqualTo("Finance - nightly");
        assertThat(job.getOwner()).isEqualTo("CONTOSO\\svc-etl");
        assertThat(job.getSchedules()).extracting(s -> s.getName()).containsExactly("Daily 01:00");
        assertThat(job.getSteps()).extracting(JobStep::getStepId, JobStep::getSubsystem).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, JobStepSubsystem.SSIS), org.assertj.core.groups.Tuple.tuple(2, JobStepSubsystem.TSQL));
        JobStep ssis = job.getSteps().get(0);
        assertThat(ssis.getProxy().getName()).isEqualTo("SSIS proxy");
        assertThat(ssis.getRetryAttempts()).isEqualTo(2);
        assertThat(ssis.getPackage()).isNotNull().extracting(Package::getName).isEqualTo("StgCustomer.dtsx");
        assertThat(instance.getMsdbPackages()).singleElement().satisfies(pkg -> {
            assertThat(pkg.getName()).isEqualTo("Lesson 5");
            assertThat(pkg.getFormatVersion()).isEqualTo(3);
            assertThat(pkg.getConfigurations()).isNotEmpty();
        });
    }

    @Test
    void secretsStayOnTheServer() throws Exception {
        EstateImport.Result result = importServer();

        JobStep ssis = result.estate().getInstances().get(0).getJobs().get(0).getSteps().get(0);
        IsServerCommand command = IsServerCommand.parse(ssis.getCommand());
        assertThat(command.parameters()).extracting(ParameterOverride::name, ParameterOverride::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple("$Project::DbPassword", ""), org.assertj.core.groups.Tuple.tuple("$Project::BatchSize", "500"));
        assertThat(command.environmentReference()).isEqualTo("3");
        assertThat(result.status().getChildren()).extracting(IStatus::getMessage)
                .anyMatch(m -> m.contains("$Project::DbPassword") && m.contains("its value was not imported") && !m.contains("S3cret"));
        Path file = dir.resolve("estate.liftshift");
        MigrationPlan plan = PlanFactory.eINSTANCE.createMigrationPlan();
        plan.setName("estate");
        plan.setEstate(result.estate());
        plan.setTarget(TargetFactory.eINSTANCE.createAzureTarget());
        MigrationFiles.save(plan, file);
        assertThat(Files.readString(file)).doesNotContain("S3cret!").doesNotContain("P@ssw0rd-in-ssisdb").doesNotContain("k3y-in-ssisdb");
    }

    @Test
    void onlyTheDiscoverySelectsAndGetProjectRun() {
        importServer();

        List<String> allowed = new java.util.ArrayList<>(Arrays.stream(DiscoveryQuery.values()).map(DiscoveryQuery::sql).toList());
        allowed.add(DiscoveryQuery.GET_PROJECT);
        allowed.add(DiscoveryQuery.LEGACY_PACKAGE_DATA);
        assertThat(server.executed()).isNotEmpty().allSatisfy(sql -> assertThat(allowed).contains(sql));
        assertThat(server.executed()).containsAll(Arrays.stream(DiscoveryQuery.values()).map(DiscoveryQuery::sql).toList());
    }

    @Test
    void aServerWithoutSsisdbStillGivesItsJobs() {
        server.withoutSsisdb();

        EstateImport.Result result = importServer();

        assertThat(result.status().getSeverity()).isEqualTo(IStatus.ERROR);
        assertThat(result.status().getChildren()[0].getMessage()).contains("cannot open SSISDB").contains("Fix: check that the SSIS catalog");
        SqlServerInstance instance = result.estate().getInstances().get(0);
        assertThat(instance.getCatalog()).isNull();
        assertThat(instance.getJobs()).hasSize(1);
        assertThat(instance.getJobs().get(0).getSteps().get(0).getPackage()).isNull();
    }

    @Test
    void aViewWithoutPermissionIsReportedAndTheRestIsRead() throws Exception {
        server.ssisdb("DROP TABLE catalog.environment_variables");

        EstateImport.Result result = importServer();

        assertThat(result.status().getChildren()).extracting(IStatus::getMessage)
                .anyMatch(m -> m.contains("'environment_variables' failed") && m.contains("Fix: grant your login read access to catalog.environment_variables"));
        assertThat(result.estate().getInstances().get(0).getCatalog().getFolders().get(0).getProjects()).hasSize(1);
    }

    @Test
    void aCancelledImportStops() {
        NullProgressMonitor monitor = new NullProgressMonitor() {
            private int calls;

            @Override
            public boolean isCanceled() {
                return ++calls > 3;
            }
        };

        assertThatThrownBy(() -> ServerImport.importServer(server, "SQL01", ServerImport.Options.defaults(), monitor))
                .isInstanceOf(OperationCanceledException.class);
    }

    private EstateImport.Result importServer() {
        return ServerImport.importServer(server, "SQL01", ServerImport.Options.defaults(), new NullProgressMonitor());
    }
}
