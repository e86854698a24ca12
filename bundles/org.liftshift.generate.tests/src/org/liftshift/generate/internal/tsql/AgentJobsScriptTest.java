package org.liftshift.generate.internal.tsql;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.liftshift.generate.KitFile;
import org.junit.jupiter.api.io.TempDir;
import org.liftshift.testing.scripts.ParsedScripts;
import org.liftshift.generate.internal.text.ProcedureContract;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.liftshift.generate.internal.text.Sqlcmd;
import org.liftshift.model.estate.AgentJob;
import org.liftshift.model.estate.EstateFactory;
import org.liftshift.model.estate.JobStep;
import org.liftshift.model.estate.JobStepSubsystem;
import org.liftshift.model.jobs.IsServerCommand;
import org.liftshift.model.jobs.ParameterOverride;
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
        IsServerCommand payables = IsServerCommand.parse(
                (String) ParsedScripts.argument(ParsedScripts.executions(parsed, "sp_add_jobstep").get(1), "@command"));
        assertThat(payables).isEqualTo(IsServerCommand.of("Finance", "Finance ETL", "LoadAccountsPayable.dtsx",
                "sqlmi-contoso-fin-weu.a1b2c3d4e5f6.database.windows.net")
                .withParameters(List.of(new ParameterOverride("$ServerOption::LOGGING_LEVEL(Int16)", "1"))));
        List<Map<String, Object>> schedules = ParsedScripts.executions(parsed, "sp_add_schedule");
        Map<String, Object> monthEnd = schedules.get(3);
        assertThat(ParsedScripts.argument(monthEnd, "@schedule_name")).isEqualTo("Monthly day 1 04:00");
        assertThat(ParsedScripts.argument(monthEnd, "@freq_type")).isEqualTo("16");
        assertThat(ParsedScripts.argument(monthEnd, "@freq_interval")).isEqualTo("1");
        assertThat(ParsedScripts.argument(monthEnd, "@active_start_time")).isEqualTo("40000");
    }

    @Test
    void theMovedStepKeepsItsEnvironmentOverridesAndLoggingLevelAndAsksForItsSecret() throws Exception {
        String script = contents(Samples.CONTOSO.build()).get(0);
        Map<String, Object> parsed = parse(script);

        assertThat(ParsedScripts.errors(parsed)).isEmpty();
        String template = ParsedScripts.template(ParsedScripts.executions(parsed, "sp_add_jobstep").get(0), "@command");
        IsServerCommand command = IsServerCommand.parse(template.replace(ENVIRONMENT_LOOKUP, "42"));
        assertThat(command.folder()).isEqualTo("Finance");
        assertThat(command.packageName()).isEqualTo("LoadGeneralLedger.dtsx");
        assertThat(command.server()).isEqualTo("sqlmi-contoso-fin-weu.a1b2c3d4e5f6.database.windows.net");
        assertThat(command.environmentReference()).as("looked up on the target, not the on-premises id 3").isEqualTo("42");
        assertThat(command.parameters()).containsExactly(new ParameterOverride("$Project::BatchSize(Int32)", "500"),
                new ParameterOverride("$Project::DwPassword(String)", Sqlcmd.KIT_VARIABLES.get("JobSecret1")),
                new ParameterOverride("CM.Source.InitialCatalog", "Finance DW"),
                new ParameterOverride("$ServerOption::LOGGING_LEVEL(Int16)", "3"));
        Map<String, Object> declarations = declarations(parsed);
        assertThat(declarations).containsEntry("@folder_name", "Finance").containsEntry("@project_name", "Finance ETL")
                .containsEntry("@environment_name", "Production").containsEntry("@environment_folder_name", null);
        assertThat(script).doesNotContain(Sqlcmd.KIT_VARIABLES.get("JobSecret1"))
                .contains("-- JobSecret1: job Finance - nightly ledger, step 1, $Project::DwPassword(String)\n");
    }

    @Test
    void aStepWithoutAReadableCommandRunsWithTheOptionsSsmsWritesAndSaysSo() throws Exception {
        MigrationPlan plan = Samples.CONTOSO.build();
        plan.getOrchestrations().get(1).getJob().getSteps().get(0).setCommand("/FILE \"\\\"C:\\jobs\\payables.dtsx\\\"\"");

        String script = contents(plan).get(0);
        Map<String, Object> parsed = parse(script);

        IsServerCommand command = IsServerCommand.parse(
                (String) ParsedScripts.argument(ParsedScripts.executions(parsed, "sp_add_jobstep").get(1), "@command"));
        assertThat(command).isEqualTo(IsServerCommand.of("Finance", "Finance ETL", "LoadAccountsPayable.dtsx",
                "sqlmi-contoso-fin-weu.a1b2c3d4e5f6.database.windows.net"));
        assertThat(script).contains("-- The on-premises command of step 1 could not be read (The command has no /ISSERVER");
    }

    @Test
    void aJobWithSeveralStepsAndSchedulesDeclaresEachVariableOnce() throws Exception {
        MigrationPlan plan = Samples.CONTOSO.build();
        AgentJob job = plan.getOrchestrations().get(0).getJob();
        JobStep second = EcoreUtil.copy(job.getSteps().get(0));
        second.setStepId(2);
        second.setName("Run again");
        job.getSteps().add(second);
        JobStep tsql = EstateFactory.eINSTANCE.createJobStep();
        tsql.setStepId(3);
        tsql.setName("Log");
        tsql.setSubsystem(JobStepSubsystem.TSQL);
        tsql.setCommand("SELECT 1;");
        job.getSteps().add(tsql);
        job.getSchedules().add(EcoreUtil.copy(job.getSchedules().get(0)));

        Map<String, String> variables = new HashMap<>(Sqlcmd.KIT_VARIABLES);
        variables.put("JobSecret2", "Second s3cret");
        Map<String, Object> parsed = parse(contents(plan).get(0), variables);

        assertThat(ParsedScripts.errors(parsed)).isEmpty();
        List<Map<String, Object>> steps = ParsedScripts.executions(parsed, "sp_add_jobstep");
        assertThat(steps).extracting(step -> ParsedScripts.argument(step, "@step_name")).startsWith("Run LoadGeneralLedger.dtsx",
                "Run again", "Log");
        assertThat(ParsedScripts.template(steps.get(1), "@command")).contains(ENVIRONMENT_LOOKUP);
        assertThat(ParsedScripts.argument(steps.get(2), "@command")).isEqualTo("SELECT 1;");
    }

    @Test
    void hostileJobAndPackageNamesReadBackExactly() throws Exception {
        MigrationPlan plan = Samples.CONTOSO.build();
        AgentJob job = plan.getOrchestrations().get(0).getJob();
        String hostile = "Nightly 'ledger'; DROP TABLE x; -- $(SQLCMDSERVER)\nGO\n/* 財務 */ [job]";
        job.setName(hostile);
        String packageName = "Load \"GL\" ‘v2’ $(x) `n; --.dtsx";
        job.getSteps().get(0).getPackage().setName(packageName);

        String script = contents(plan).get(0);
        Map<String, Object> parsed = parse(script);

        assertThat(ParsedScripts.errors(parsed)).isEmpty();
        assertThat(ParsedScripts.argument(ParsedScripts.executions(parsed, "sp_add_job").get(0), "@job_name")).isEqualTo(hostile);
        String command = ParsedScripts.template(ParsedScripts.executions(parsed, "sp_add_jobstep").get(0), "@command");
        assertThat(IsServerCommand.parse(command.replace(ENVIRONMENT_LOOKUP, "1")).packageName()).isEqualTo(packageName);
        assertThat(script.replace("$(JobSecret1)", "")).doesNotContain("$(")
                .doesNotContainPattern("(?m)^GO\\s*$\\n(?!\\n|BEGIN|$)");
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
        assertThat(IsServerCommand.parse(ParsedScripts.template(ParsedScripts.executions(standby, "sp_add_jobstep").get(0),
                "@command").replace(ENVIRONMENT_LOOKUP, "7")).server()).startsWith("sqlmi-contoso-fin-neu.");
    }

    private static List<String> contents(MigrationPlan plan) {
        return AgentJobsScript.files(plan).stream().map(KitFile::content).toList();
    }

    private static final String ENVIRONMENT_LOOKUP = "«CAST(@environment_reference AS nvarchar(20))»";

    @SuppressWarnings("unchecked")
    private static Map<String, Object> declarations(Map<String, Object> parsed) {
        return (Map<String, Object>) parsed.get("declarations");
    }

    /** The script as SQL Server receives it from sqlcmd with the kit's variables. */
    private Map<String, Object> parse(String script) throws Exception {
        return parse(script, Sqlcmd.KIT_VARIABLES);
    }

    private Map<String, Object> parse(String script, Map<String, String> variables) throws Exception {
        Path file = dir.resolve("jobs-" + System.nanoTime() + ".sql");
        Files.writeString(file, Sqlcmd.preprocess(script, variables), StandardCharsets.UTF_8);
        return ParsedScripts.tsql(file);
    }
}
