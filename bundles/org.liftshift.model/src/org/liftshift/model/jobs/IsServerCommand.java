package org.liftshift.model.jobs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The command of a SQL Agent job step that runs a package from an SSIS catalog, as SSMS writes it:
 * <pre>
 * /ISSERVER "\"\SSISDB\folder\project\package.dtsx\"" /SERVER "\"server\"" /ENVREFERENCE 3
 * /Par "\"$ServerOption::LOGGING_LEVEL(Int16)\"";1 /Par "\"$Project::Batch\"";500 /CALLERINFO SQLAGENT /REPORTING E
 * </pre>
 * Options keep their order, so reading a command and writing it back changes only what was changed.
 * Every value is quoted twice, once for dtexec and once for the command line, with the rules of
 * {@link CommandLineArguments}; so any name, including quotes and backslashes, reads back exactly.
 */
public final class IsServerCommand {

    /** A dtexec option and its command-line argument, or null for an option without one. */
    public record Option(String name, String argument) {
    }

    private static final String CATALOG = "SSISDB";

    private final List<Option> options;

    private IsServerCommand(List<Option> options) {
        this.options = List.copyOf(options);
    }

    /** A command with the options SSMS writes for a new step: basic logging, synchronized, reported as Agent. */
    public static IsServerCommand of(String folder, String project, String packageName, String server) {
        return new IsServerCommand(List.of(new Option("/ISSERVER", packageArgument(folder, project, packageName)),
                new Option("/SERVER", quoteForDtexec(server)),
                new Option("/Par", parameterArgument(new ParameterOverride("$ServerOption::LOGGING_LEVEL(Int16)", "1"))),
                new Option("/Par", parameterArgument(new ParameterOverride("$ServerOption::SYNCHRONIZED(Boolean)", "True"))),
                new Option("/CALLERINFO", "SQLAGENT"), new Option("/REPORTING", "E")));
    }

    /**
     * @throws IllegalArgumentException saying what is wrong and how a valid command looks, when the
     *             text is not a catalog package command
     */
    public static IsServerCommand parse(String commandLine) {
        List<String> arguments = CommandLineArguments.split(commandLine);
        List<Option> options = new ArrayList<>();
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (!argument.startsWith("/")) {
                throw new IllegalArgumentException("'" + argument + "' is not a dtexec option; options start with /, e.g. "
                        + "/ISSERVER \"\\\"\\SSISDB\\folder\\project\\package.dtsx\\\"\"");
            }
            String value = i + 1 < arguments.size() && !arguments.get(i + 1).startsWith("/") ? arguments.get(++i) : null;
            options.add(new Option(argument, value));
        }
        IsServerCommand command = new IsServerCommand(options);
        String path = command.argumentOf("/ISSERVER");
        if (path == null) {
            throw new IllegalArgumentException("The command has no /ISSERVER package path, so it does not run a package "
                    + "from the SSIS catalog");
        }
        command.pathSegments();
        command.parameters();
        return command;
    }

    public String folder() {
        return pathSegments().get(2);
    }

    public String project() {
        return pathSegments().get(3);
    }

    public String packageName() {
        return pathSegments().get(4);
    }

    /** The server in {@code /SERVER}, or null when the step runs on the local server. */
    public String server() {
        String server = argumentOf("/SERVER");
        return server == null ? null : unquoteForDtexec(server);
    }

    /** The text of {@code /ENVREFERENCE}, a catalog reference_id, or null when the step uses no environment. */
    public String environmentReference() {
        return argumentOf("/ENVREFERENCE");
    }

    /** Every {@code /Par}, in command order. */
    public List<ParameterOverride> parameters() {
        List<ParameterOverride> parameters = new ArrayList<>();
        for (Option option : options) {
            if (isParameter(option)) {
                parameters.add(parseParameter(option.argument()));
            }
        }
        return Collections.unmodifiableList(parameters);
    }

    public List<Option> options() {
        return options;
    }

    public IsServerCommand withPackage(String folder, String project, String packageName) {
        return with("/ISSERVER", packageArgument(folder, project, packageName));
    }

    public IsServerCommand withServer(String server) {
        return with("/SERVER", quoteForDtexec(server));
    }

    /** Sets, or with null removes, {@code /ENVREFERENCE}; a new one goes after {@code /SERVER}. */
    public IsServerCommand withEnvironmentReference(String reference) {
        return reference == null ? without("/ENVREFERENCE") : with("/ENVREFERENCE", reference);
    }

    /** Replaces every {@code /Par} with {@code parameters}, in their place or else before the other options. */
    public IsServerCommand withParameters(List<ParameterOverride> parameters) {
        List<Option> result = new ArrayList<>();
        int at = -1;
        for (Option option : options) {
            if (isParameter(option)) {
                at = at < 0 ? result.size() : at;
            } else {
                result.add(option);
            }
        }
        if (at < 0) {
            at = indexAfter(result, "/ENVREFERENCE", "/SERVER", "/ISSERVER");
        }
        List<Option> added = parameters.stream().map(p -> new Option("/Par", parameterArgument(p))).toList();
        result.addAll(at, added);
        return new IsServerCommand(result);
    }

    /** The command as a step's command text. */
    public String toCommandLine() {
        StringBuilder line = new StringBuilder();
        for (Option option : options) {
            if (!line.isEmpty()) {
                line.append(' ');
            }
            line.append(option.name());
            if (option.argument() != null) {
                line.append(' ').append(quoteArgument(option));
            }
        }
        return line.toString();
    }

    @Override
    public String toString() {
        return toCommandLine();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IsServerCommand command && command.options.equals(options);
    }

    @Override
    public int hashCode() {
        return options.hashCode();
    }

    /**
     * An {@code /ISSERVER} or {@code /SERVER} argument is written as SSMS writes it; a {@code /Par}
     * argument as {@code "\"name\"";value}, quoting the value only when it needs it.
     */
    private static String quoteArgument(Option option) {
        if (!isParameter(option)) {
            return CommandLineArguments.quote(option.argument());
        }
        int separator = parameterSeparator(option.argument());
        String name = option.argument().substring(0, separator);
        String value = option.argument().substring(separator + 1);
        return CommandLineArguments.quote(name) + ";" + (value.isEmpty() ? "" : CommandLineArguments.quote(value));
    }

    private IsServerCommand with(String name, String argument) {
        List<Option> result = new ArrayList<>(options);
        for (int i = 0; i < result.size(); i++) {
            if (result.get(i).name().equalsIgnoreCase(name)) {
                result.set(i, new Option(result.get(i).name(), argument));
                return new IsServerCommand(result);
            }
        }
        result.add(indexAfter(result, "/SERVER", "/ISSERVER"), new Option(name, argument));
        return new IsServerCommand(result);
    }

    private IsServerCommand without(String name) {
        return new IsServerCommand(options.stream().filter(o -> !o.name().equalsIgnoreCase(name)).toList());
    }

    private static int indexAfter(List<Option> options, String... names) {
        for (String name : names) {
            for (int i = 0; i < options.size(); i++) {
                if (options.get(i).name().equalsIgnoreCase(name)) {
                    return i + 1;
                }
            }
        }
        return 0;
    }

    private String argumentOf(String name) {
        for (Option option : options) {
            if (option.name().equalsIgnoreCase(name)) {
                return option.argument();
            }
        }
        return null;
    }

    private List<String> pathSegments() {
        String path = unquoteForDtexec(argumentOf("/ISSERVER"));
        List<String> segments = List.of(path.split("\\\\", -1));
        if (segments.size() != 5 || !segments.get(0).isEmpty() || !segments.get(1).equalsIgnoreCase(CATALOG)
                || segments.subList(2, 5).stream().anyMatch(String::isEmpty)) {
            throw new IllegalArgumentException("The package path '" + path + "' is not \\SSISDB\\<folder>\\<project>\\<package>");
        }
        return segments;
    }

    private static String packageArgument(String folder, String project, String packageName) {
        for (String name : List.of(folder, project, packageName)) {
            if (name.isEmpty() || name.indexOf('\\') >= 0) {
                throw new IllegalArgumentException("The catalog name '" + name
                        + "' cannot be part of an /ISSERVER path: names must be non-empty and have no backslash");
            }
        }
        return quoteForDtexec("\\" + CATALOG + "\\" + folder + "\\" + project + "\\" + packageName);
    }

    private static boolean isParameter(Option option) {
        return option.name().equalsIgnoreCase("/Par") && option.argument() != null;
    }

    private static String parameterArgument(ParameterOverride parameter) {
        String value = parameter.value();
        boolean plain = !value.isEmpty() && value.chars().noneMatch(c -> Character.isWhitespace(c) || c == '"' || c == '\\'
                || c == ';');
        return quoteForDtexec(parameter.name()) + ";" + (plain ? value : quoteForDtexec(value));
    }

    private static ParameterOverride parseParameter(String argument) {
        int separator = parameterSeparator(argument);
        if (separator < 0) {
            throw new IllegalArgumentException("The /Par argument '" + argument + "' has no ';' between name and value; "
                    + "write it as \"\\\"$Project::Name\\\"\";value");
        }
        return new ParameterOverride(unquoteForDtexec(argument.substring(0, separator)),
                unquoteForDtexec(argument.substring(separator + 1)));
    }

    /** The first {@code ;} outside dtexec quotes, or -1. */
    private static int parameterSeparator(String argument) {
        boolean quoted = false;
        for (int i = 0; i < argument.length(); i++) {
            char c = argument.charAt(i);
            if (c == '\\') {
                int end = i;
                while (end < argument.length() && argument.charAt(end) == '\\') {
                    end++;
                }
                if (end < argument.length() && argument.charAt(end) == '"' && (end - i) % 2 == 1) {
                    end++;
                }
                i = end - 1;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ';' && !quoted) {
                return i;
            }
        }
        return -1;
    }

    /** dtexec's own quoting inside an argument: always quoted, with the command-line rules. */
    private static String quoteForDtexec(String value) {
        String quoted = CommandLineArguments.quote(value);
        return quoted.startsWith("\"") ? quoted : '"' + quoted + '"';
    }

    private static String unquoteForDtexec(String value) {
        List<String> parts = CommandLineArguments.split(value);
        if (parts.size() > 1) {
            throw new IllegalArgumentException("'" + value + "' holds more than one value; quote it as \"\\\"value\\\"\"");
        }
        return parts.isEmpty() ? "" : parts.get(0);
    }
}
