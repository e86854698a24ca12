package org.liftshift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liftshift.model.estate.Package;
import org.liftshift.model.persistence.MigrationFiles;
import org.liftshift.model.plan.AssessmentFinding;
import org.liftshift.model.plan.FindingStatus;
import org.liftshift.model.plan.MigrationPlan;
import org.liftshift.model.plan.PlanFactory;
import org.liftshift.testing.SharedMaterial;

class ImportCommandTest {

    private static final String TUTORIAL = "microsoft-sql-server-samples/simple-etl-tutorial";

    @TempDir
    Path dir;

    private CliRun cli;

    @Test
    void aFolderOfPackagesBecomesAnEstateFile() throws Exception {
        Path tutorial = SharedMaterial.corpusFile(TUTORIAL + "/Lesson 1.dtsx").getParent();

        int exit = cli().run("import", tutorial.toString(), "-o", "estate.liftshift");

        assertThat(exit).as(cli.stderr()).isEqualTo(ExitCodes.OK);
        MigrationPlan plan = MigrationFiles.load(dir.resolve("estate.liftshift"));
        assertThat(plan.getName()).isEqualTo("estate");
        assertThat(plan.getEstate().getFilePackages()).extracting(Package::getName).contains("Lesson 1", "Lesson 5");
        assertThat(cli.stdout()).startsWith("Wrote estate.liftshift: 0 instances, 0 projects, "
                + plan.getEstate().getFilePackages().size() + " packages, 0 Agent jobs");
    }

    @Test
    void anExistingFileIsNeverOverwrittenUnasked() throws Exception {
        Path existing = Files.writeString(dir.resolve("estate.liftshift"), "mine");

        assertThat(cli().run("import", SharedMaterial.corpusFile(TUTORIAL + "/Lesson 1.dtsx").toString(), "-o", "estate.liftshift"))
                .isEqualTo(ExitCodes.USAGE);

        assertThat(cli.stderr()).contains("estate.liftshift exists; add --merge").contains("--replace");
        assertThat(Files.readString(existing)).isEqualTo("mine");
    }

    @Test
    void importingAgainWithMergeReplacesThePackageAndKeepsTheArchitectsDecision() throws Exception {
        String lesson = SharedMaterial.corpusFile(TUTORIAL + "/Lesson 5.dtsx").toString();
        String other = SharedMaterial.corpusFile(TUTORIAL + "/Lesson 1.dtsx").toString();
        cli().run("import", lesson, "-o", "estate.liftshift");
        Path file = dir.resolve("estate.liftshift");
        MigrationPlan plan = MigrationFiles.load(file);
        AssessmentFinding decision = PlanFactory.eINSTANCE.createAssessmentFinding();
        decision.setRuleId("4001");
        decision.setSubject(plan.getEstate().getFilePackages().get(0).getConfigurations().get(0));
        decision.setStatus(FindingStatus.ACCEPTED);
        plan.getFindings().add(decision);
        MigrationFiles.save(plan, file);

        int exit = cli.run("import", lesson, other, "-o", "estate.liftshift", "--merge");

        assertThat(exit).as(cli.stderr()).isEqualTo(ExitCodes.OK);
        MigrationPlan merged = MigrationFiles.load(file);
        assertThat(merged.getEstate().getFilePackages()).extracting(Package::getName).containsExactlyInAnyOrder("Lesson 5", "Lesson 1");
        AssessmentFinding kept = merged.getFindings().get(0);
        assertThat(kept.getSubject()).as("points at the configuration of the new import")
                .isSameAs(merged.getEstate().getFilePackages().stream().filter(p -> p.getName().equals("Lesson 5")).findFirst()
                        .orElseThrow().getConfigurations().get(0));
    }

    @Test
    void aConfigurationFileImportedLaterIsLinkedToThePackagesThatReadIt() throws Exception {
        cli().run("import", SharedMaterial.corpusFile(TUTORIAL + "/Lesson 5.dtsx").toString(), "-o", "estate.liftshift");

        int exit = cli.run("import", SharedMaterial.corpusFile(TUTORIAL + "/SSISTutorial.dtsConfig").toString(), "-o",
                "estate.liftshift", "--merge");

        assertThat(exit).as(cli.stderr()).isEqualTo(ExitCodes.OK);
        assertThat(cli.stdout()).contains("1 packages, 0 Agent jobs, 1 configuration files");
        MigrationPlan merged = MigrationFiles.load(dir.resolve("estate.liftshift"));
        assertThat(merged.getEstate().getFilePackages().get(0).getConfigurations().get(0).getFile())
                .isSameAs(merged.getEstate().getConfigurationFiles().get(0));
    }

    @Test
    void aBrokenPackageIsReportedAndTheRestIsImported() throws Exception {
        Path batch = Files.createDirectory(dir.resolve("batch"));
        Files.copy(SharedMaterial.corpusFile(TUTORIAL + "/Lesson 1.dtsx"), batch.resolve("good.dtsx"));
        Files.writeString(batch.resolve("broken.dtsx"), "<?xml version=\"1.0\"?>\n<DTS:Executable xmlns:DTS=\"www.microsoft.com/SqlServer/Dts\">\n<DTS:Property");

        int exit = cli().run("import", "batch", "-o", "estate.liftshift");

        assertThat(exit).isEqualTo(ExitCodes.PROBLEMS);
        assertThat(cli.stderr()).contains("error: ").contains("broken.dtsx:3:");
        assertThat(MigrationFiles.load(dir.resolve("estate.liftshift")).getEstate().getFilePackages()).extracting(Package::getName)
                .containsExactly("Lesson 1");
    }

    @Test
    void withoutInputsOrOutputItSaysWhatIsMissing() {
        assertThat(cli().run("import", "-o", "x.liftshift")).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.stderr()).contains("give at least one input and -o file.liftshift");
        assertThat(cli.run("import", "a.dtsx")).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.run("import", "a.dtsx", "-o", "x.liftshift", "--merge", "--replace")).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.stderr()).contains("exclude each other");
        assertThat(cli.run("import", "a.dtsx", "-o", "x.liftshift", "--password", "p")).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.stderr()).contains("unknown option '--password'");
    }

    @Test
    void theCollectorScriptIsPrintedAndItsOutputImports() throws Exception {
        assertThat(cli().run("import", "--collector")).isEqualTo(ExitCodes.OK);
        assertThat(cli.stdout()).startsWith("-- Liftshift collector").contains("FOR JSON PATH");

        Files.writeString(dir.resolve("collected.json"), "{\"liftshift_collection\":1,\"server\":[{\"server_name\":\"SQL07\","
                + "\"product_version\":\"13.0.5026.0\",\"edition\":\"Standard Edition (64-bit)\"}],\"jobs\":[],\"job_steps\":[],"
                + "\"schedules\":[],\"job_schedules\":[],\"proxies\":[],\"legacy_packages\":[]}");
        assertThat(cli.run("import", "collected.json", "-o", "estate.liftshift")).as(cli.stderr()).isEqualTo(ExitCodes.OK);
        assertThat(MigrationFiles.load(dir.resolve("estate.liftshift")).getEstate().getInstances()).singleElement()
                .satisfies(instance -> assertThat(instance.getMajorVersion()).isEqualTo(13));
    }

    @Test
    void aServerThatCannotBeReachedIsAnErrorWithTheFix() {
        int exit = cli().run("import", "jdbc:sqlserver://127.0.0.1:1;loginTimeout=2", "--authentication", "entra-managed-identity",
                "-o", "estate.liftshift");

        assertThat(exit).isEqualTo(ExitCodes.PROBLEMS);
        assertThat(cli.stderr()).contains("error: 127.0.0.1: cannot open msdb").contains("Fix: check the server name, the port");
    }

    @Test
    void aPasswordOnTheCommandLineIsRefused() {
        assertThat(cli().run("import", "jdbc:sqlserver://sql01:1433;user=sa;password=secret", "-o", "estate.liftshift"))
                .isEqualTo(ExitCodes.PROBLEMS);
        assertThat(cli.stderr()).contains("the URL holds a password").doesNotContain("secret\n");
    }

    private CliRun cli() {
        cli = new CliRun(dir);
        return cli;
    }
}
