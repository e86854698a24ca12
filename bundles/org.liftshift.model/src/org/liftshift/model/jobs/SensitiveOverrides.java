package org.liftshift.model.jobs;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.liftshift.model.estate.Package;
import org.liftshift.model.estate.Parameter;
import org.liftshift.model.estate.Project;
import org.liftshift.model.secrets.ConnectionStringSecrets;

/**
 * Which {@code /Par} values of a job step are secrets. SQL Agent keeps a step's command in clear
 * text, so a sensitive parameter or a password in a connection string sits there as typed; such
 * values must not be kept in a model file nor written into a script.
 */
public final class SensitiveOverrides {

    private static final Pattern SECRET_NAME = Pattern.compile("(?i).*(password|pwd|secret|token|accountkey|sasuri|sasurl|sastoken|credential).*");

    private SensitiveOverrides() {
    }

    /**
     * @param pkg the package the step runs, to look up whether a parameter is marked sensitive, or
     *            null when the step's package is not in the estate
     */
    public static boolean isSensitive(ParameterOverride override, Package pkg) {
        if (override.serverOption() != null) {
            return false;
        }
        Parameter parameter = parameterOf(override.name(), pkg);
        if (parameter != null && parameter.isSensitive()) {
            return true;
        }
        return SECRET_NAME.matcher(simpleName(override.name())).matches()
                || ConnectionStringSecrets.containsSecret(override.value());
    }

    private static Parameter parameterOf(String name, Package pkg) {
        if (pkg == null) {
            return null;
        }
        List<Parameter> candidates;
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.startsWith("$project::") && pkg.eContainer() instanceof Project project) {
            candidates = project.getParameters();
        } else if (lower.startsWith("$package::")) {
            candidates = pkg.getParameters();
        } else {
            return null;
        }
        String simple = simpleName(name);
        return candidates.stream().filter(p -> simple.equalsIgnoreCase(p.getName())).findFirst().orElse(null);
    }

    /** {@code $Project::DbPassword(String)} → {@code DbPassword}; {@code CM.Source.Password} → {@code Password}. */
    private static String simpleName(String name) {
        String simple = name.substring(name.lastIndexOf(name.contains("::") ? ':' : '.') + 1);
        int type = simple.indexOf('(');
        return type < 0 ? simple : simple.substring(0, type);
    }
}
