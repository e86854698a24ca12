package org.liftshift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liftshift.model.navigation.DesignNavigation;
import org.liftshift.model.persistence.MigrationFiles;
import org.liftshift.model.plan.MigrationPlan;
import org.liftshift.model.target.AzureSsisIntegrationRuntime;
import org.liftshift.samples.Samples;
import org.liftshift.testing.arm.LoopbackArm;
import org.liftshift.testing.arm.LoopbackAzure;
import org.liftshift.cli.internal.ReportCommand;
import org.w3c.dom.Document;

class ReportCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void withoutArgumentsItWritesTheSampleReportAsHtmlAndPdf() throws Exception {
        assertThat(run("report")).isEqualTo(ExitCodes.OK);

        Path folder = dir.resolve("liftshift-report");
        Path html = folder.resolve("contoso-review.html");
        assertThat(Files.readAllBytes(folder.resolve("contoso-review.pdf"))).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
        Document page = parse(html);
        assertThat(page.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("Migration review: Contoso SSIS to Azure");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Wrote Migration review: Contoso SSIS to Azure to " + folder,
                "contoso-review.html", "contoso-review.pdf");
    }

    @Test
    void sinceAReviewedVersionTheReportListsTheChanges() throws Exception {
        Path reviewed = dir.resolve("reviewed.liftshift");
        Files.write(reviewed, Samples.CONTOSO.bundledContent());
        MigrationPlan plan = MigrationFiles.load(reviewed);
        AzureSsisIntegrationRuntime runtime = DesignNavigation.runtimes(plan).get(0);
        runtime.setNodeCount(6);
        MigrationFiles.save(plan, dir.resolve("Current Plan.liftshift"));

        assertThat(run("report", "Current Plan.liftshift", "-o", "review", "--since", "reviewed.liftshift")).isEqualTo(ExitCodes.OK);

        String text = parse(dir.resolve("review/current-plan-review.html")).getDocumentElement().getTextContent();
        assertThat(text).contains("Changes since the last review", "Compared with reviewed.liftshift: 0 added, 0 removed, 1 changed",
                runtime.getName() + "AzureSsisIntegrationRuntimenodeCount26");
        assertThat(dir.resolve("review/current-plan-review.pdf")).exists();
    }

    @Test
    void badInputIsNamedAndNothingIsWritten() throws Exception {
        assertThat(run("report", "missing.liftshift")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("liftshift report:", "missing.liftshift");
        assertThat(run("report", "--since")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--since needs a value");
        assertThat(run("report", "--pdf-only")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown option '--pdf-only'");
        assertThat(dir.resolve("liftshift-report")).doesNotExist();

        Files.writeString(dir.resolve("taken"), "a file where the folder should be");
        assertThat(run("report", "-o", "taken")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("cannot write the report to " + dir.resolve("taken"));
        assertThat(Files.readString(dir.resolve("taken"))).isEqualTo("a file where the folder should be");
    }

    @Test
    void withDriftTheReportSaysWhatIsNotDeployed() throws Exception {
        try (LoopbackArm arm = LoopbackArm.start(Files.createDirectories(dir.resolve("arm")))) {
            arm.on("GET", ".*", LoopbackArm.Response.json(404, "{\"error\":{\"code\":\"ResourceNotFound\",\"message\":\"not found\"}}"));
            Cli cli = new Cli();
            cli.register(new ReportCommand((method, cloud, context) -> subscription -> LoopbackAzure.connection(arm, subscription.getTenantId(),
                    subscription.getSubscriptionId())));
            out.reset();
            err.reset();

            assertThat(cli.run(new String[] { "report", "--drift" }, new CommandContext(new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8), dir))).isEqualTo(ExitCodes.OK);

            String text = parse(dir.resolve("liftshift-report/contoso-review.html")).getDocumentElement().getTextContent();
            assertThat(text).contains("Drift from Azure", "(factory)");
            assertThat(arm.writes()).isEmpty();
        }
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return Cli.standard().run(args, new CommandContext(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), dir));
    }
}
