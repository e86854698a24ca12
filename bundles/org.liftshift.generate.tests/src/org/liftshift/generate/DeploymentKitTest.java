package org.liftshift.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.liftshift.generate.internal.text.CmdletContract;
import org.liftshift.testing.scripts.ParsedScripts;
import org.liftshift.generate.internal.text.ProcedureContract;
import org.liftshift.generate.internal.text.Sqlcmd;
import org.liftshift.model.plan.MigrationPlan;
import org.liftshift.samples.Samples;

/** The whole kit of every sample design, through the real grammars and contracts. */
class DeploymentKitTest {

    static final Map<String, String> SQLCMD_VARIABLES = Sqlcmd.KIT_VARIABLES;

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Samples.class)
    void everyPowerShellScriptParsesAndMatchesTheCmdletReference(Samples sample) throws Exception {
        DeploymentKit kit = DeploymentKit.of(sample.build());
        CmdletContract contract = CmdletContract.load();
        List<KitFile> scripts = kit.files().stream().filter(f -> f.path().endsWith(".ps1")).toList();
        List<Path> files = new ArrayList<>();
        for (KitFile file : scripts) {
            files.add(write(file.path(), file.content()));
        }
        List<Map<String, Object>> parsed = ParsedScripts.powershell(files);
        for (int i = 0; i < scripts.size(); i++) {
            assertThat(ParsedScripts.errors(parsed.get(i))).as(scripts.get(i).path()).isEmpty();
            assertThat(contract.violations(parsed.get(i))).as(scripts.get(i).path()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Samples.class)
    void everyTsqlScriptAndEveryTsqlJobStepParsesAndMatchesTheProcedureReference(Samples sample) throws Exception {
        DeploymentKit kit = DeploymentKit.of(sample.build());
        ProcedureContract contract = ProcedureContract.load();
        List<KitFile> scripts = kit.files().stream().filter(f -> f.path().endsWith(".sql")).toList();
        List<Path> files = new ArrayList<>();
        for (KitFile file : scripts) {
            files.add(write(file.path(), Sqlcmd.preprocess(file.content(), SQLCMD_VARIABLES)));
        }
        List<Map<String, Object>> parsed = ParsedScripts.tsql(files);
        List<Path> steps = new ArrayList<>();
        for (int i = 0; i < scripts.size(); i++) {
            assertThat(ParsedScripts.errors(parsed.get(i))).as(scripts.get(i).path()).isEmpty();
            assertThat(contract.violations(parsed.get(i))).as(scripts.get(i).path()).isEmpty();
            for (Map<String, Object> step : ParsedScripts.executions(parsed.get(i), "sp_add_jobstep")) {
                if ("TSQL".equals(ParsedScripts.argument(step, "@subsystem")) && ParsedScripts.argument(step, "@command") != null) {
                    steps.add(write("steps/step-" + steps.size() + ".sql", (String) ParsedScripts.argument(step, "@command")));
                }
            }
        }
        assertThat(steps).as("T-SQL job steps of the kit").isNotEmpty();
        List<Map<String, Object>> parsedSteps = ParsedScripts.tsql(steps);
        for (int i = 0; i < steps.size(); i++) {
            assertThat(ParsedScripts.errors(parsedSteps.get(i))).as("T-SQL job step:\n" + Files.readString(steps.get(i))).isEmpty();
        }
    }

    @Test
    void theContosoKitHoldsEveryPartTheDesignNeeds() {
        List<String> paths = DeploymentKit.of(Samples.CONTOSO.build()).files().stream().map(KitFile::path).toList();

        assertThat(paths).startsWith("README.md", "powershell/10-prerequisites.ps1", "powershell/20-network.ps1",
                "powershell/30-data-factories.ps1", "powershell/40-integration-runtimes.ps1");
        assertThat(paths).contains("tsql/sqlmi-contoso-fin-weu/10-ssisdb-catalog.sql", "tsql/sqlmi-contoso-fin-neu/10-ssisdb-catalog.sql",
                "tsql/sql-contoso-ops-weu/10-ssisdb-catalog.sql", "tsql/sqlmi-contoso-fin-weu/20-agent-jobs.sql",
                "tsql/sqlmi-contoso-fin-neu/20-agent-jobs.sql", "tsql/sqlmi-contoso-fin-weu/30-bcdr-schedule-toggle.sql",
                "tsql/sqlmi-contoso-fin-neu/30-bcdr-schedule-toggle.sql",
                "powershell/bcdr/mi-2-ir-ssis-fin-weu.ps1", "powershell/bcdr/mi-4-ir-ssis-fin-weu.ps1",
                "tsql/sqlmi-contoso-fin-weu/60-failover-attach-ir-ssis-fin-weu.sql", "powershell/bcdr/sqldb-1-ir-ssis-ops.ps1");
        assertThat(paths).anyMatch(p -> p.startsWith("tsql/contoso-sql01/70-test-connectivity-to-"))
                .anyMatch(p -> p.matches("tsql/sqlmi-contoso-fin-weu/70-test-connectivity-to-.*"))
                .contains("tsql/contoso-sql01/79-remove-connectivity-tests.sql");
    }

    @Test
    void theSameDesignGivesAByteIdenticalKit(@TempDir Path first, @TempDir Path second) throws Exception {
        DeploymentKit.of(Samples.CONTOSO.build()).write(first);
        DeploymentKit.of(Samples.CONTOSO.build()).write(second);

        List<Path> files;
        try (var walk = Files.walk(first)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(20);
        for (Path file : files) {
            assertThat(Files.readAllBytes(second.resolve(first.relativize(file)))).as(file.toString())
                    .isEqualTo(Files.readAllBytes(file));
        }
    }

    @Test
    void theReadmeListsEveryFileWithItsPurpose() {
        DeploymentKit kit = DeploymentKit.of(Samples.CONTOSO.build());
        String readme = kit.files().get(0).content();

        for (KitFile file : kit.files().subList(1, kit.files().size())) {
            assertThat(readme).contains("`" + file.path() + "`");
        }
    }

    private Path write(String relative, String content) throws Exception {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    static MigrationPlan contoso() {
        return Samples.CONTOSO.build();
    }
}
