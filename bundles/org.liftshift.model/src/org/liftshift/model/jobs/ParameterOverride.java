package org.liftshift.model.jobs;

import java.util.Locale;

/**
 * One {@code /Par} of an SSIS job step: a parameter ({@code $Project::Name}, {@code $Package::Name}),
 * a connection manager property ({@code CM.Source.ConnectionString}) or a server option
 * ({@code $ServerOption::LOGGING_LEVEL(Int16)}) with the value the step passes.
 */
public record ParameterOverride(String name, String value) {

    /** The {@code $ServerOption::} prefix of execution options such as the logging level. */
    public static final String SERVER_OPTION = "$ServerOption::";

    public ParameterOverride {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("A /Par override needs a parameter name");
        }
        value = value == null ? "" : value;
    }

    /** The option's name without prefix and type, e.g. {@code LOGGING_LEVEL}, or null for a parameter. */
    public String serverOption() {
        if (!name.regionMatches(true, 0, SERVER_OPTION, 0, SERVER_OPTION.length())) {
            return null;
        }
        String option = name.substring(SERVER_OPTION.length());
        int type = option.indexOf('(');
        return (type < 0 ? option : option.substring(0, type)).toUpperCase(Locale.ROOT);
    }
}
