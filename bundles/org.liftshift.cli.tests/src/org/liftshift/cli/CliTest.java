package org.liftshift.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;

class CliTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final CommandContext context = new CommandContext(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8), Path.of("."));

    @Test
    void helpListsEverySubcommandWithItsSummary() {
        Cli cli = Cli.standard();

        int exit = cli.run(new String[] { "--help" }, context);

        assertThat(exit).isZero();
        String help = stdout();
        assertThat(help).contains("Usage:", "liftshift <subcommand> [args]");
        assertThat(cli.subcommands()).extracting(Subcommand::name).contains("help", "version");
        for (Subcommand subcommand : cli.subcommands()) {
            assertThat(help).containsPattern("(?m)^  " + subcommand.name() + " +" + Pattern.quote(subcommand.summary()) + "$");
        }
        assertThat(help).contains("Run 'liftshift help <subcommand>'").doesNotContain("''");
        assertThat(stderr()).isEmpty();
    }

    @Test
    void noArgumentsPrintsTheSameOverviewAsHelp() {
        Cli.standard().run(new String[0], context);
        String noArgs = stdout();
        out.reset();
        Cli.standard().run(new String[] { "help" }, context);

        assertThat(noArgs).isNotEmpty().isEqualTo(stdout());
    }

    @Test
    void versionPrintsTheBundleVersionAndJava() {
        int exit = Cli.standard().run(new String[] { "version" }, context);

        assertThat(exit).isEqualTo(ExitCodes.OK);
        String bundleVersion = FrameworkUtil.getBundle(Cli.class).getVersion().toString();
        assertThat(bundleVersion).startsWith("0.1.0.");
        assertThat(stdout()).startsWith("Liftshift " + bundleVersion + System.lineSeparator())
                .contains("Java " + Runtime.version());
    }

    @Test
    void unknownSubcommandIsAUsageErrorOnStderr() {
        int exit = Cli.standard().run(new String[] { "deploi" }, context);

        assertThat(exit).isEqualTo(ExitCodes.USAGE);
        assertThat(stdout()).isEmpty();
        assertThat(stderr()).contains("unknown subcommand 'deploi'", "liftshift --help");
    }

    @Test
    void subcommandHelpShowsItsUsage() {
        assertThat(Cli.standard().run(new String[] { "version", "--help" }, context)).isZero();
        assertThat(stdout()).startsWith("Usage: liftshift version");
        out.reset();
        assertThat(Cli.standard().run(new String[] { "help", "version" }, context)).isZero();
        assertThat(stdout()).startsWith("Usage: liftshift version");
    }

    @Test
    void helpForAnUnknownTopicFails() {
        assertThat(Cli.standard().run(new String[] { "help", "nope" }, context)).isEqualTo(ExitCodes.USAGE);
        assertThat(stderr()).contains("no subcommand 'nope'");
    }

    @Test
    void versionRejectsExtraArguments() {
        assertThat(Cli.standard().run(new String[] { "version", "--verbose" }, context)).isEqualTo(ExitCodes.USAGE);
        assertThat(stderr()).contains("unexpected argument '--verbose'");
    }

    @Test
    void subcommandNamesAreUnique() {
        Cli cli = Cli.standard();
        Subcommand duplicate = new Subcommand() {
            @Override
            public String name() {
                return "version";
            }

            @Override
            public String summary() {
                return "";
            }

            @Override
            public String usage() {
                return "";
            }

            @Override
            public int run(List<String> args, CommandContext ctx) {
                return 0;
            }
        };
        assertThatThrownBy(() -> cli.register(duplicate)).hasMessageContaining("'version' is registered twice");
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
