package org.liftshift.model.jobs;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits and quotes arguments the way Windows programs built with the Microsoft C runtime read
 * their command line, which is how dtexec reads a SQL Agent SSIS step: a {@code "} opens or closes
 * a quoted part, {@code \"} is a literal quote, and backslashes only escape when a quote follows.
 * {@link #quote} is the inverse of {@link #split} for every string.
 */
final class CommandLineArguments {

    private CommandLineArguments() {
    }

    /**
     * @throws IllegalArgumentException naming the position of a quote that is never closed
     */
    static List<String> split(String commandLine) {
        List<String> arguments = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inArgument = false;
        boolean quoted = false;
        int quoteStart = -1;
        int i = 0;
        while (i < commandLine.length()) {
            char c = commandLine.charAt(i);
            if (c == '\\') {
                int backslashes = 0;
                while (i < commandLine.length() && commandLine.charAt(i) == '\\') {
                    backslashes++;
                    i++;
                }
                inArgument = true;
                if (i < commandLine.length() && commandLine.charAt(i) == '"') {
                    current.append("\\".repeat(backslashes / 2));
                    if (backslashes % 2 == 1) {
                        current.append('"');
                        i++;
                    }
                } else {
                    current.append("\\".repeat(backslashes));
                }
                continue;
            }
            if (c == '"') {
                quoted = !quoted;
                quoteStart = i;
                inArgument = true;
            } else if (!quoted && (c == ' ' || c == '\t' || c == '\n' || c == '\r')) {
                if (inArgument) {
                    arguments.add(current.toString());
                    current.setLength(0);
                    inArgument = false;
                }
            } else {
                current.append(c);
                inArgument = true;
            }
            i++;
        }
        if (quoted) {
            throw new IllegalArgumentException("The quote at character " + (quoteStart + 1)
                    + " is never closed; close it with \" or write a literal quote as \\\"");
        }
        if (inArgument) {
            arguments.add(current.toString());
        }
        return arguments;
    }

    /** {@code argument} as it must be written so that {@link #split} reads it back as one argument. */
    static String quote(String argument) {
        if (!argument.isEmpty() && argument.chars().noneMatch(c -> c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '"'
                || c == '\\')) {
            return argument;
        }
        StringBuilder quoted = new StringBuilder("\"");
        int backslashes = 0;
        for (int i = 0; i < argument.length(); i++) {
            char c = argument.charAt(i);
            if (c == '\\') {
                backslashes++;
                continue;
            }
            if (c == '"') {
                quoted.append("\\".repeat(backslashes * 2 + 1)).append('"');
            } else {
                quoted.append("\\".repeat(backslashes)).append(c);
            }
            backslashes = 0;
        }
        return quoted.append("\\".repeat(backslashes * 2)).append('"').toString();
    }
}
