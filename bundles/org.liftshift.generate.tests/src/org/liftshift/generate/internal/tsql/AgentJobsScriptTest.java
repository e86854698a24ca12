package org.liftshift.generate.internal.tsql;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.liftshift.generate.KitFile;
import org.junit.jupiter.api.io.TempDir;
import org.liftshift.generate.internal.text.ParsedScripts;
import org.liftshift.generate.internal.text.ProcedureContract;
import org.liftshift.model.estate.AgentJob;
import org.liftshift.model.plan.MigrationPlan;
import org.liftshift.samples.Samples;

class AgentJobsScriptTest {

    @TempDir
    Path dir;

    @Test
    void oneScriptPerManagedInstanceThatRunsJobsAndOneForTheBcdrStandby() {
        List<KitFile> scripts = AgentJobsScript.files(Samples.CONTOSO.build());

        assertThat(scripts).extracting(KitFile::path).containsExactly("tsql/sqlmi-contoso-fin-weu/20-agent-jobs.sql",
                "tsql/sqlmi-contoso-fin-neu/20-agent-jobs.sql", "tsql/sqlmi-contoso-sales/20-agent-jobs.sql");
    }

    @Test
    void scriptsParseAndCallTheProceduresWithTheirParameters() throws Exception {
        ProcedureContract contract = ProcedureContract.load();
        for (String script : contents(Samples.CONTOSO.build())) {
            Map<String, Object> parsed = parse(script);

            assertThat(ParsedScripts.errors(parsed)).isEmpty();
            assertThat(contract.violations(parsed)).isEmpty();
            assertThat(contract.knownProceduresCalled(parsed)).contains("sp_add_job", "sp_add_jobstep", "sp_add_schedule",
                    "sp_attach_schedule", "sp_add_jobserver");
        }
    }

    @Test
    void jobsStepsAndSchedulesCarryTheEstateAndPlanValues() throws Exception {
        MigrationPlan plan = Samples.CONTOSO.build();
        Map<String, Object> parsed = parse(contents(plan).get(0));

        List<Map<String, Object>> jobs = ParsedScripts.executions(parsed, "sp_add_job");
        assertThat(jobs).extracting(j -> ParsedScripts.argument(j, "@job_name")).containsExactly("Finance - nightly ledger",
                "Finance - payables", "Finance - receivables", "Finance - month end");
        assertThat(jobs).extracting(j -> ParsedScripts.argument(j, "@owner_login_name")).containsOnly("ssis-jobs@contoso.com");
        Object command = ParsedScripts.argument(ParsedScripts.executions(parsed, "sp_add_jobstep").get(0), "@command");
        assertThat(command).isEqualTo("/ISSERVER \"\\\"\\SSISDB\\Finance\\Finance ETL\\LoadGeneralLedger.dtsx\\\"\""
                + " /SERVER \"\\\"sqlmi-contoso-fin-weu.a1b2c3d4e5f6.database.windows.net\\\"\""
                + " /Par \"\\\"$ServerOption::LOGGING_LEVEL(Int16)\\\"\";1 /Par \"\\\"$ServerOption::SYNCHRONIZED(Boolean)\\\"\";True"
                + " /CALLERINFO SQLAGENT /REPORTING E");
        List<Map<String, Object>> schedules = ParsedScripts.executions(parsed, "sp_add_schedule");
        Map<String, Object> monthEnd = schedules.get(3);
        assertThat(ParsedScripts.argument(monthEnd, "@schedule_name")).isEqualTo("Monthly day 1 04:00");
        assertThat(ParsedScripts.argument(monthEnd, "@freq_type")).isEqualTo("16");
        assertThat(ParsedScripts.argument(monthEnd, "@freq_interval")).isEqualTo("1");
        assertThat(ParsedScripts.argument(monthEnd, "@active_start_time")).isEqualTo("40000");
    }

    @Test
    void hostileJobAndPackageNamesReadBackExactly() throws Exception {
        MigrationPlan plan = Samples.CONTOSO.build();
        AgentJob job = plan.getOrchestrations().get(0).getJob();
        String hostile = "Nightly 'ledger'; DROP TABLE x; -- $(SQLCMDSERVER)\nGO\n/* 財務 */ [job]";
        job.setName(hostile);
        job.getSteps().get(0).getPackage().setName("Load \"GL\" ‘v2’.dtsx");

        String script = contents(plan).get(0);
        Map<String, Object> parsed = parse(script);

        assertThat(ParsedScripts.errors(parsed)).isEmpty();
        assertThat(ParsedScripts.argument(ParsedScripts.executions(parsed, "sp_add_job").get(0), "@job_name")).isEqualTo(hostile);
        assertThat((String) ParsedScripts.argument(ParsedScripts.executions(parsed, "sp_add_jobstep").get(0), "@command"))
                .contains("\\Load \\\"GL\\\" ‘v2’.dtsx\\\"\"");
        assertThat(script).doesNotContain("$(").doesNotContainPattern("(?m)^GO\\s*$\\n(?!\\n|BEGIN|$)");
    }

    @Test
    void theSameDesignGivesTheSameScripts() {
        assertThat(contents(Samples.CONTOSO.build()))
                .containsExactlyElementsOf(contents(Samples.CONTOSO.build()));
    }

    @Test
    void theStandbyInstanceGetsTheSameJobsWithSchedulesDisabled() throws Exception {
        List<String> scripts = contents(Samples.CONTOSO.build());
        Map<String, Object> primary = parse(scripts.get(0));
        Map<String, Object> standby = parse(scripts.get(1));

        assertThat(ParsedScripts.executions(standby, "sp_add_job")).extracting(j -> ParsedScripts.argument(j, "@job_name"))
                .containsExactlyElementsOf(ParsedScripts.executions(primary, "sp_add_job").stream()
                        .map(j -> ParsedScripts.argument(j, "@job_name")).toList());
        assertThat(ParsedScripts.executions(primary, "sp_add_schedule")).extracting(s -> ParsedScripts.argument(s, "@enabled"))
                .containsOnly("1");
        assertThat(ParsedScripts.executions(standby, "sp_add_schedule")).extracting(s -> ParsedScripts.argument(s, "@enabled"))
                .containsOnly("0");
        assertThat((String) ParsedScripts.argument(ParsedScripts.executions(standby, "sp_add_jobstep").get(0), "@command"))
                .contains("/SERVER \"\\\"sqlmi-contoso-fin-neu.");
    }

    private static List<String> contents(MigrationPlan plan) {
        return AgentJobsScript.files(plan).stream().map(KitFile::content).toList();
    }

    private Map<String, Object> parse(String script) throws Exception {
        Path file = dir.resolve("jobs-" + System.nanoTime() + ".sql");
        Files.writeString(file, script, StandardCharsets.UTF_8);
        return ParsedScripts.tsql(file);
    }
}
