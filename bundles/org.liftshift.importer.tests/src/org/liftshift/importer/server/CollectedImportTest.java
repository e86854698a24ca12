package org.liftshift.importer.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liftshift.importer.EstateImport;
import org.liftshift.importer.internal.project.IspacProject;
import org.liftshift.model.estate.JobStep;
import org.liftshift.model.estate.Package;
import org.liftshift.model.estate.SqlServerInstance;
import org.liftshift.model.navigation.ObjectPaths;

/**
 * The collector's output imports into the same model as the live path. The document is what SQL
 * Server's FOR JSON PATH, INCLUDE_NULL_VALUES writes for the rows {@link ServerImportTest} puts in the
 * test engine: bit as true/false, GUIDs in upper case, binary as base64, and the real name of
 * catalog.folders' key column, folder_id.
 */
class CollectedImportTest {

    static final String COLLECTED = """
            {"liftshift_collection":1,
            "server":[{"server_name":"SQL01\\\\ETL","product_version":"15.0.4382.1","edition":"Enterprise Edition (64-bit)"}],
            "catalog_properties":[{"property_name":"RETENTION_WINDOW","property_value":"30"},{"property_name":"OPERATION_CLEANUP_ENABLED","property_value":"TRUE"},
              {"property_name":"SERVER_LOGGING_LEVEL","property_value":"3"},{"property_name":"MAX_PROJECT_VERSIONS","property_value":"5"},
              {"property_name":"ENCRYPTION_ALGORITHM","property_value":"AES_256"}],
            "folders":[{"folder_id":1,"name":"Finance","description":"Ledger loads","created_by_sid":"AQU=","created_by_name":"CONTOSO\\\\ann","created_time":"2024-01-01T00:00:00+00:00"},
              {"folder_id":2,"name":"Shared","description":null,"created_by_sid":"AQU=","created_by_name":"CONTOSO\\\\ann","created_time":"2024-01-01T00:00:00+00:00"}],
            "projects":[{"project_id":10,"folder_id":1,"name":"ETL","description":"Staging","project_format_version":1}],
            "packages":[{"package_id":100,"project_id":10,"name":"StgCustomer.dtsx","package_guid":"6F1C1B2E-2D6B-4C57-9A55-0C1D2E3F4A5B","description":null,"package_format_version":8,"entry_point":true},
              {"package_id":101,"project_id":10,"name":"EP_Staging.dtsx","package_guid":"7A2D2C3F-3E7C-4D68-8B66-1D2E3F4A5B6C","description":null,"package_format_version":8,"entry_point":true}],
            "object_parameters":[
              {"parameter_id":1,"project_id":10,"object_type":20,"object_name":"ETL","parameter_name":"BatchSize","data_type":"Int32","required":false,"sensitive":false,"description":"Rows per batch","default_value":"500","value_type":"V","referenced_variable_name":null},
              {"parameter_id":2,"project_id":10,"object_type":20,"object_name":"ETL","parameter_name":"DbPassword","data_type":"String","required":true,"sensitive":true,"description":null,"default_value":null,"value_type":"V","referenced_variable_name":null},
              {"parameter_id":3,"project_id":10,"object_type":30,"object_name":"StgCustomer.dtsx","parameter_name":"LoadDate","data_type":"DateTime","required":false,"sensitive":false,"description":null,"default_value":null,"value_type":"R","referenced_variable_name":null},
              {"parameter_id":4,"project_id":10,"object_type":20,"object_name":"ETL","parameter_name":"CM.cmgr_DW.ServerName","data_type":"String","required":false,"sensitive":false,"description":null,"default_value":"dw01","value_type":"V","referenced_variable_name":null}],
            "environments":[{"environment_id":5,"folder_id":1,"name":"Production","description":null}],
            "environment_variables":[{"variable_id":50,"environment_id":5,"name":"ServerName","description":null,"type":"String","sensitive":false,"value":"sql01.corp.contoso.com"},
              {"variable_id":51,"environment_id":5,"name":"ApiKey","description":null,"type":"String","sensitive":true,"value":null}],
            "environment_references":[{"reference_id":3,"project_id":10,"reference_type":"R","environment_folder_name":null,"environment_name":"Production"}],
            "jobs":[{"job_id":"0E3E7A52-9A6B-4F7E-8D0A-3F1F6D5B2C11","name":"Finance - nightly","enabled":true,"description":"Loads the ledger","owner_name":"CONTOSO\\\\svc-etl"}],
            "job_steps":[{"job_id":"0E3E7A52-9A6B-4F7E-8D0A-3F1F6D5B2C11","step_id":2,"step_name":"Mark done","subsystem":"TSQL","command":"UPDATE dbo.Runs SET Done = 1","database_name":"Ledger","on_success_action":1,"on_fail_action":2,"retry_attempts":0,"retry_interval":0,"proxy_id":0},
              {"job_id":"0E3E7A52-9A6B-4F7E-8D0A-3F1F6D5B2C11","step_id":1,"step_name":"Stage customers","subsystem":"SSIS","command":%s,"database_name":null,"on_success_action":3,"on_fail_action":2,"retry_attempts":2,"retry_interval":5,"proxy_id":1}],
            "schedules":[{"schedule_id":7,"name":"Daily 01:00","enabled":true,"freq_type":4,"freq_interval":1,"freq_subday_type":1,"freq_subday_interval":0,"freq_relative_interval":0,"freq_recurrence_factor":0,"active_start_date":20240101,"active_end_date":99991231,"active_start_time":10000,"active_end_time":235959}],
            "job_schedules":[{"job_id":"0E3E7A52-9A6B-4F7E-8D0A-3F1F6D5B2C11","schedule_id":7}],
            "proxies":[{"proxy_id":1,"name":"SSIS proxy","enabled":true,"description":null}],
            "legacy_packages":[{"id":"5B8F1E0A-1111-4C2D-9E3F-000000000001","name":"Lesson 5","description":"Tutorial","packageformat":3,"packagetype":5,"isencrypted":false}]}
            """;

    @TempDir
    Path dir;

    @Test
    void theCollectionGivesTheSameInstanceAsTheLiveServer() throws Exception {
        Path collected = dir.resolve("collected.json");
        Files.writeString(collected, COLLECTED.formatted(json(ServerImportTest.COMMAND)), StandardCharsets.UTF_8);

        EstateImport.Result fromFile = CollectedImport.importFile(collected);
        EstateImport.Result live;
        try (SqlServerFixture server = new SqlServerFixture()) {
            ServerImportTest.fill(server);
            live = ServerImport.importServer(server, "SQL01", new ServerImport.Options(30, false, IspacProject.Limits.DEFAULT),
                    new NullProgressMonitor());
        }

        SqlServerInstance instance = fromFile.estate().getInstances().get(0);
        assertThat(outline(instance)).isEqualTo(outline(live.estate().getInstances().get(0)));
        JobStep step = instance.getJobs().get(0).getSteps().get(0);
        assertThat(step.getPackage()).extracting(Package::getName).isEqualTo("StgCustomer.dtsx");
        assertThat(step.getCommand()).doesNotContain("S3cret!");
        assertThat(fromFile.status().getChildren()).extracting(IStatus::getMessage).anyMatch(m -> m.contains("$Project::DbPassword"));
    }

    @Test
    void otherJsonIsRefusedNamingTheFileAndTheFix() throws Exception {
        Path other = Files.writeString(dir.resolve("package.json"), "{\"name\":\"not a collection\"}");

        EstateImport.Result result = CollectedImport.importFile(other);

        assertThat(result.status().getSeverity()).isEqualTo(IStatus.ERROR);
        assertThat(result.status().getChildren()[0].getMessage()).startsWith(other + ":1:1: ").contains("liftshift_collection")
                .contains("Fix: run liftshift-collect.sql");
        assertThat(result.estate().getInstances()).isEmpty();
    }

    @Test
    void theShippedCollectorIsTheGeneratedOne() throws Exception {
        Path shipped = Path.of("../org.liftshift.importer/collector/liftshift-collect.sql");

        assertThat(Files.readString(shipped)).as("regenerate %s from Collector.script() after changing a query", shipped)
                .isEqualTo(Collector.script());
    }

    /** Every object of the instance by path and the values of its attributes, without package internals. */
    private static List<String> outline(SqlServerInstance instance) {
        List<String> lines = new ArrayList<>();
        for (TreeIterator<EObject> it = instance.eAllContents(); it.hasNext();) {
            EObject object = it.next();
            StringBuilder line = new StringBuilder(ObjectPaths.of(object));
            object.eClass().getEAllAttributes().forEach(a -> {
                if (!a.getName().equals("packageId") && !a.getName().equals("jobId") && !(object instanceof Package)) {
                    line.append(' ').append(a.getName()).append('=').append(object.eGet(a));
                }
            });
            lines.add(line.toString());
            if (object instanceof Package) {
                it.prune();
            }
        }
        return lines;
    }

    private static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
