package org.liftshift.generate.internal.tsql;

/**
 * The command of an SSIS job step that runs a package from SSISDB, in the syntax SQL Agent passes
 * to dtexec: {@code /ISSERVER "\"\SSISDB\folder\project\package.dtsx\"" /SERVER "\"server\"" ...}.
 * Inside the escaped quotes a {@code "} is written {@code \"}, as dtexec reads it.
 */
final class IsServerCommand {

    private IsServerCommand() {
    }

    static String of(String folder, String project, String packageName, String server, Long environmentReference,
            int loggingLevel) {
        StringBuilder command = new StringBuilder("/ISSERVER \"\\\"\\SSISDB\\").append(escape(folder)).append('\\')
                .append(escape(project)).append('\\').append(escape(packageName)).append("\\\"\" /SERVER \"\\\"")
                .append(escape(server)).append("\\\"\"");
        if (environmentReference != null) {
            command.append(" /ENVREFERENCE ").append(environmentReference.longValue());
        }
        command.append(" /Par \"\\\"$ServerOption::LOGGING_LEVEL(Int16)\\\"\";").append(loggingLevel)
                .append(" /Par \"\\\"$ServerOption::SYNCHRONIZED(Boolean)\\\"\";True")
                .append(" /CALLERINFO SQLAGENT /REPORTING E");
        return command.toString();
    }

    private static String escape(String name) {
        return name.replace("\"", "\\\"");
    }
}
