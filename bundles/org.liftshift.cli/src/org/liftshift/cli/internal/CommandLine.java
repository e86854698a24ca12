package org.liftshift.cli.internal;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.osgi.util.NLS;

/**
 * The arguments of a subcommand that works on one design: at most one file, options that take a
 * value, and flags. Every subcommand reports misuse in the same words, naming itself and the option.
 */
final class CommandLine {

    private final String command;
    private final PrintStream err;
    private String file;
    private final Map<String, String> values = new HashMap<>();
    private final Set<String> flags = new HashSet<>();

    private CommandLine(String command, PrintStream err) {
        this.command = command;
        this.err = err;
    }

    /**
     * @param valued options that take a value, each alias mapped to the option's name (e.g. {@code -o} to {@code --output})
     * @param flagged options without a value
     * @return the parsed arguments, or null after the misuse was printed
     */
    static CommandLine parse(String command, List<String> args, Map<String, String> valued, Set<String> flagged, PrintStream err) {
        CommandLine line = new CommandLine(command, err);
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (valued.containsKey(arg)) {
                if (i + 1 == args.size()) {
                    err.println(NLS.bind(Messages.Cli_valueMissing, command, arg));
                    return null;
                }
                line.values.put(valued.get(arg), args.get(++i));
            } else if (flagged.contains(arg)) {
                line.flags.add(arg);
            } else if (arg.startsWith("-")) {
                err.println(NLS.bind(Messages.Cli_optionUnknown, command, arg));
                return null;
            } else if (line.file == null) {
                line.file = arg;
            } else {
                err.println(NLS.bind(Messages.Cli_tooManyFiles, command, arg));
                return null;
            }
        }
        return line;
    }

    /** The design file as typed, or null for the bundled sample. */
    String file() {
        return file;
    }

    boolean has(String flag) {
        return flags.contains(flag);
    }

    /** The option's value as typed, or {@code otherwise}. */
    String value(String option, String otherwise) {
        return values.getOrDefault(option, otherwise);
    }

    /**
     * The option's value read by {@code reader}, {@code otherwise} when absent, or null after saying
     * which values the option takes when the reader refuses it.
     */
    <T> T value(String option, T otherwise, Function<String, T> reader, String choices) {
        String text = values.get(option);
        if (text == null) {
            return otherwise;
        }
        try {
            return reader.apply(text);
        } catch (IllegalArgumentException e) {
            err.println(NLS.bind(Messages.Cli_valueUnknown, new Object[] { command, option, text, choices }));
            return null;
        }
    }
}
