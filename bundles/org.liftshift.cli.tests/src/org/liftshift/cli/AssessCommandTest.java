package org.liftshift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liftshift.assess.PackageRule;
import org.liftshift.model.persistence.MigrationFiles;
import org.liftshift.model.plan.AssessmentFinding;
import org.liftshift.model.plan.FindingStatus;
import org.liftshift.model.plan.MigrationPlan;
import org.liftshift.testing.SharedMaterial;

class AssessCommandTest {

    @TempDir
    Path dir;

    private CliRun cli;

    @BeforeEach
    void importTheTutorial() {
        cli = new CliRun(dir);
        Path tutorial = SharedMaterial.corpusFile("microsoft-sql-server-samples/simple-etl-tutorial/Lesson 5.dtsx");
        assertThat(cli.run("import", tutorial.toString(), "-o", "estate.liftshift")).as(cli.stderr()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void textNamesRuleObjectEvidenceFixAndDesignChange() {
        int exit = cli.run("assess", "estate.liftshift");

        assertThat(exit).as("no error-level finding in the tutorial").isEqualTo(ExitCodes.OK);
        assertThat(cli.stdout()).startsWith("estate.liftshift: 0 errors, ")
                .contains("WARNING [4001] Absolute or UNC configuration path in package configuration")
                .contains("    found  XML configuration file C:\\Program Files\\Microsoft SQL Server\\100\\Samples")
                .contains("    design change: AZURE_FILES")
                .contains("WARNING [1003] Connection with Windows authentication may fail");
    }

    @Test
    void sarifHasEveryRuleAndOneResultPerFinding() throws Exception {
        assertThat(cli.run("assess", "estate.liftshift", "--format", "sarif")).isEqualTo(ExitCodes.OK);

        Map<String, Object> sarif = cli.json();
        assertThat(sarif).containsEntry("version", "2.1.0");
        Map<String, Object> run = CliRun.list(sarif.get("runs")).get(0);
        Map<String, Object> driver = CliRun.map(CliRun.map(run.get("tool")).get("driver"));
        List<Map<String, Object>> rules = CliRun.list(driver.get("rules"));
        assertThat(rules).hasSize(PackageRule.values().length);
        List<Map<String, Object>> results = CliRun.list(run.get("results"));
        assertThat(results).isNotEmpty().allSatisfy(result -> {
            assertThat(rules).extracting(r -> r.get("id")).contains(result.get("ruleId"));
            assertThat(result.get("level")).isIn("error", "warning", "note");
            assertThat(CliRun.map(result.get("properties"))).containsKeys("designChange", "recommendation");
        });
    }

    @Test
    void savedFindingsKeepTheArchitectsDecisionAndSuppressItInSarif() throws Exception {
        assertThat(cli.run("assess", "estate.liftshift", "--save")).isEqualTo(ExitCodes.OK);
        Path file = dir.resolve("estate.liftshift");
        MigrationPlan plan = MigrationFiles.load(file);
        AssessmentFinding configuration = plan.getFindings().stream().filter(f -> f.getRuleId().equals("4001")).findFirst().orElseThrow();
        configuration.setStatus(FindingStatus.WONT_FIX);
        MigrationFiles.save(plan, file);

        assertThat(cli.run("assess", "estate.liftshift", "--save", "--format", "json")).isEqualTo(ExitCodes.OK);

        assertThat(MigrationFiles.load(file).getFindings()).filteredOn(f -> f.getRuleId().equals("4001"))
                .extracting(AssessmentFinding::getStatus).containsExactly(FindingStatus.WONT_FIX);
        assertThat(CliRun.list(cli.json().get("findings"))).filteredOn(f -> f.get("rule").equals("4001"))
                .extracting(f -> f.get("status")).containsExactly("WONT_FIX");
        cli.run("assess", "estate.liftshift", "--format", "sarif");
        List<Map<String, Object>> results = CliRun.list(CliRun.list(cli.json().get("runs")).get(0).get("results"));
        assertThat(results).filteredOn(r -> r.get("ruleId").equals("4001")).singleElement()
                .satisfies(r -> assertThat(CliRun.list(r.get("suppressions"))).hasSize(1));
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertThat(cli.run("assess", "estate.liftshift", "--format", "xml")).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.stderr()).contains("--format cannot be 'xml'");
        assertThat(cli.run("assess", "estate.liftshift", "--run-minutes", "0")).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.run("assess", "--save")).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.stderr()).contains("--save needs a file");
    }
}
