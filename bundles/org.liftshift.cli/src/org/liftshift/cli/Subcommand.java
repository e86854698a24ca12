package org.liftshift.cli;

import java.util.List;

/**
 * One verb of {@code liftshift <subcommand> ...}.
 * <p>
 * Exit codes follow the CLI contract in the README: 0 success, 1 the command ran and found
 * problems (e.g. validation errors), 2 the input could not be used (bad arguments, unreadable file).
 */
public interface Subcommand {

    /** The word typed after {@code liftshift}. */
    String name();

    /** One line for the {@code --help} listing. */
    String summary();

    /** The usage line(s) and options, shown by {@code liftshift help <name>}. */
    String usage();

    /** Runs the command with the arguments that follow its name. */
    int run(List<String> args, CommandContext context);
}
