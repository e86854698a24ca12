package org.liftshift.cli.internal;

import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.liftshift.cli.Cli;
import org.liftshift.cli.CommandContext;
import org.liftshift.cli.ExitCodes;
import org.liftshift.cli.Subcommand;

/** {@code liftshift help [subcommand]} and {@code liftshift --help}. */
public final class HelpCommand extends NamedSubcommand {

    public static final String NAME = "help";

    private final Cli cli;

    public HelpCommand(Cli cli) {
        super(NAME, Messages.Help_summary, Messages.Help_usage);
        this.cli = cli;
    }

    @Override
    public int run(List<String> args, CommandContext context) {
        if (args.isEmpty()) {
            context.out().println(overview());
            return ExitCodes.OK;
        }
        return cli.find(args.get(0)).map(subcommand -> {
            context.out().println(subcommand.usage());
            return ExitCodes.OK;
        }).orElseGet(() -> {
            context.err().println(NLS.bind(Messages.Help_unknownTopic, args.get(0)));
            return ExitCodes.USAGE;
        });
    }

    String overview() {
        int width = cli.subcommands().stream().mapToInt(s -> s.name().length()).max().orElse(0);
        StringBuilder text = new StringBuilder(Messages.Help_header).append('\n');
        for (Subcommand subcommand : cli.subcommands()) {
            text.append("  ").append(subcommand.name()).append(" ".repeat(width - subcommand.name().length() + 3))
                    .append(subcommand.summary()).append('\n');
        }
        return text.append('\n').append(Messages.Help_footer).toString();
    }
}
