package org.liftshift.generate.internal.powershell;

import static org.liftshift.generate.internal.text.PowerShellText.quote;

import java.util.ArrayList;
import java.util.List;

/** One cmdlet call, written one parameter per line so reviews and diffs stay readable. */
final class PowerShellCommand {

    private final String cmdlet;
    private final List<String> arguments = new ArrayList<>();

    PowerShellCommand(String cmdlet) {
        this.cmdlet = cmdlet;
    }

    /** A parameter with a customer value, always quoted. */
    PowerShellCommand text(String parameter, String value) {
        if (value != null) {
            arguments.add("-" + parameter + " " + quote(value));
        }
        return this;
    }

    /** A parameter with a number. */
    PowerShellCommand number(String parameter, int value) {
        arguments.add("-" + parameter + " " + value);
        return this;
    }

    /** A parameter whose value is a script expression Liftshift wrote itself, e.g. a variable. */
    PowerShellCommand expression(String parameter, String expression) {
        arguments.add("-" + parameter + " " + expression);
        return this;
    }

    /** A parameter with several quoted values. */
    PowerShellCommand texts(String parameter, List<String> values) {
        if (!values.isEmpty()) {
            arguments.add("-" + parameter + " @(" + String.join(", ", values.stream().map(v -> quote(v)).toList()) + ")");
        }
        return this;
    }

    PowerShellCommand flag(String parameter) {
        arguments.add("-" + parameter);
        return this;
    }

    String render(String indent) {
        if (arguments.size() <= 3) {
            return indent + cmdlet + (arguments.isEmpty() ? "" : " " + String.join(" ", arguments));
        }
        StringBuilder out = new StringBuilder(indent).append(cmdlet);
        for (String argument : arguments) {
            out.append(" `\n").append(indent).append("    ").append(argument);
        }
        return out.toString();
    }
}
