package org.liftshift.cli;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.liftshift.cli.internal.AssessCommand;
import org.liftshift.cli.internal.AzureOptions;
import org.liftshift.cli.internal.DeployCommand;
import org.liftshift.cli.internal.DiffCommand;
import org.liftshift.cli.internal.DriftCommand;
import org.liftshift.cli.internal.GenerateCommand;
import org.liftshift.cli.internal.HelpCommand;
import org.liftshift.cli.internal.ImportCommand;
import org.liftshift.cli.internal.Messages;
import org.liftshift.cli.internal.ReportCommand;
import org.liftshift.cli.internal.ValidateCommand;
import org.liftshift.cli.internal.VersionCommand;

/**
 * Dispatches {@code liftshift <subcommand> [args]} to a {@link Subcommand}. Pure Java: the Equinox
 * application only adapts its arguments and exit code, so everything here is testable without OSGi.
 */
public final class Cli {

    private final Map<String, Subcommand> subcommands = new LinkedHashMap<>();

    /** A CLI with every built-in subcommand. */
    public static Cli standard() {
        Cli cli = new Cli();
        cli.register(new HelpCommand(cli));
        cli.register(new VersionCommand());
        cli.register(new ValidateCommand());
        cli.register(new ImportCommand());
        cli.register(new AssessCommand());
        cli.register(new GenerateCommand());
        cli.register(new DiffCommand());
        cli.register(new ReportCommand(AzureOptions.signIn()));
        cli.register(new DeployCommand(AzureOptions.signIn()));
        cli.register(new DriftCommand(AzureOptions.signIn()));
        return cli;
    }

    /** Adds a subcommand; names are unique. */
    public void register(Subcommand subcommand) {
        Subcommand previous = subcommands.putIfAbsent(subcommand.name(), subcommand);
        if (previous != null) {
            throw new IllegalArgumentException("Subcommand '" + subcommand.name() + "' is registered twice");
        }
    }

    /** The registered subcommands in the order they are listed by {@code --help}. */
    public List<Subcommand> subcommands() {
        return List.copyOf(subcommands.values());
    }

    public Optional<Subcommand> find(String name) {
        return Optional.ofNullable(subcommands.get(name));
    }

    /** Runs one command line and returns the process exit code. */
    public int run(String[] args, CommandContext context) {
        if (args.length == 0 || isHelpFlag(args[0])) {
            return find(HelpCommand.NAME).orElseThrow().run(List.of(), context);
        }
        if ("--version".equals(args[0])) {
            return find(VersionCommand.NAME).orElseThrow().run(List.of(), context);
        }
        Optional<Subcommand> subcommand = find(args[0]);
        if (subcommand.isEmpty()) {
            context.err().println(NLS.bind(Messages.Cli_unknownSubcommand, args[0]));
            return ExitCodes.USAGE;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        if (rest.size() == 1 && isHelpFlag(rest.get(0))) {
            context.out().println(subcommand.get().usage());
            return ExitCodes.OK;
        }
        return subcommand.get().run(rest, context);
    }

    static boolean isHelpFlag(String arg) {
        return "--help".equals(arg) || "-h".equals(arg) || "-?".equals(arg);
    }
}
