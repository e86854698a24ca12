package org.liftshift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liftshift.samples.Samples;

class GenerateCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void withoutArgumentsItWritesTheSampleKitToLiftshiftOut() throws Exception {
        assertThat(run("generate")).isEqualTo(ExitCodes.OK);

        Path kit = dir.resolve("liftshift-out");
        assertThat(kit.resolve("README.md")).exists();
        assertThat(kit.resolve("powershell/40-integration-runtimes.ps1")).exists();
        assertThat(kit.resolve("powershell/20-network.ps1")).exists();
        assertThat(Files.readString(kit.resolve("README.md"))).contains("`powershell/40-integration-runtimes.ps1`");
        assertThat(kit.resolve("tsql/sqlmi-contoso-fin-weu/20-agent-jobs.sql")).exists();
        assertThat(kit.resolve("tsql/sqlmi-contoso-sales/20-agent-jobs.sql")).exists();
        assertThat(kit.resolve("arm/adf-contoso-ops.json")).exists();
        assertThat(kit.resolve("runbook/bcdr-runbook.html")).exists();
        int files = org.liftshift.generate.DeploymentKit.of(org.liftshift.samples.Samples.CONTOSO.loadBundled()).files().size();
        assertThat(files).isGreaterThan(30);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Wrote " + files + " files to " + kit);
    }

    @Test
    void generatingTwiceGivesTheSameBytes() throws Exception {
        run("generate", "-o", "first");
        run("generate", "-o", "second");

        for (String file : new String[] { "README.md", "powershell/40-integration-runtimes.ps1",
                "tsql/sqlmi-contoso-fin-weu/20-agent-jobs.sql" }) {
            assertThat(Files.readAllBytes(dir.resolve("second").resolve(file)))
                    .isEqualTo(Files.readAllBytes(dir.resolve("first").resolve(file)));
        }
    }

    @Test
    void aDesignWithErrorsWritesNothingUnlessForced() throws Exception {
        Path design = dir.resolve(Samples.CONTOSO_VIOLATIONS.fileName());
        Files.write(design, Samples.CONTOSO_VIOLATIONS.bundledContent());

        assertThat(run("generate", design.getFileName().toString(), "-o", "kit")).isEqualTo(ExitCodes.PROBLEMS);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("validation errors; nothing was written");
        assertThat(dir.resolve("kit")).doesNotExist();

        assertThat(run("generate", design.getFileName().toString(), "-o", "kit", "--force")).isEqualTo(ExitCodes.OK);
        assertThat(dir.resolve("kit/README.md")).exists();
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return Cli.standard().run(args, new CommandContext(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), dir));
    }
}
