package org.liftshift.generate.internal.tsql;

import static org.liftshift.generate.internal.text.TsqlText.assign;

import java.util.ArrayList;
import java.util.List;

import org.liftshift.generate.internal.text.TsqlText;
import org.liftshift.model.estate.CatalogFolder;
import org.liftshift.model.estate.EnvironmentReference;
import org.liftshift.model.estate.JobStep;
import org.liftshift.model.estate.Package;
import org.liftshift.model.estate.Project;
import org.liftshift.model.jobs.IsServerCommand;
import org.liftshift.model.jobs.ParameterOverride;
import org.liftshift.model.jobs.SensitiveOverrides;
import org.liftshift.model.navigation.DesignNavigation;
import org.liftshift.model.plan.FolderMapping;
import org.liftshift.model.plan.MigrationPlan;

/**
 * The T-SQL that sets {@code @command} for an SSIS step moved to a Managed Instance: the on-premises
 * step's command, pointed at the target folder and server, with its own parameter overrides,
 * logging level and options. Two parts are only known when the script runs:
 * <ul>
 * <li>the environment reference: catalogs number references as they are created, so the on-premises
 * {@code /ENVREFERENCE} id means nothing on the target; the script looks the reference up by project
 * and environment name and stops with a clear message if it is missing;</li>
 * <li>secret overrides (sensitive parameters, passwords in connection strings): their values come
 * from sqlcmd variables, so the kit never holds them.</li>
 * </ul>
 */
final class CatalogStepCommand {

    /** Stands for a value filled in when the script runs; U+FFF9..U+FFFB never occur in a name in practice, and are checked. */
    private static final char HOLE_START = '\uFFF9';
    private static final char HOLE_END = '\uFFFB';
    private static final String ENVIRONMENT_HOLE = HOLE_START + "environment" + HOLE_END;

    static final String LOOKUP_DECLARATION = "DECLARE @environment_reference bigint, @folder_name nvarchar(128), "
            + "@project_name nvarchar(128), @environment_name nvarchar(128), @environment_folder_name nvarchar(128);";

    private final String setCommand;
    private final boolean looksUpEnvironment;
    private final String note;

    private CatalogStepCommand(String setCommand, boolean looksUpEnvironment, String note) {
        this.setCommand = setCommand;
        this.looksUpEnvironment = looksUpEnvironment;
        this.note = note;
    }

    /** @param secrets names the sqlcmd variables of the script the step is written to */
    static CatalogStepCommand of(MigrationPlan plan, JobStep step, String server, JobSecrets secrets, String jobName) {
        Package pkg = step.getPackage();
        Project project = (Project) pkg.eContainer();
        String folder = targetFolder(plan, project);
        IsServerCommand onPremises = null;
        String note = null;
        if (step.getCommand() != null && !step.getCommand().isBlank()) {
            try {
                onPremises = IsServerCommand.parse(step.getCommand());
            } catch (IllegalArgumentException unreadable) {
                note = "The on-premises command of step " + step.getStepId() + " could not be read (" + unreadable.getMessage()
                        + "); the step runs the package with the options SSMS writes for a new step.";
            }
        }
        IsServerCommand command = onPremises == null ? IsServerCommand.of(folder, project.getName(), pkg.getName(), server)
                : onPremises.withPackage(folder, project.getName(), pkg.getName()).withServer(server);

        EnvironmentReference reference = onPremises == null ? null : referenceOf(project, onPremises.environmentReference());
        if (onPremises != null && onPremises.environmentReference() != null && reference == null) {
            note = "Step " + step.getStepId() + " used environment reference " + onPremises.environmentReference()
                    + ", which is not among the references of project " + project.getName()
                    + " in the estate; the step runs without an environment. Re-import the catalog to keep it.";
        }
        command = command.withEnvironmentReference(reference == null ? null : ENVIRONMENT_HOLE);

        List<String> secretVariables = new ArrayList<>();
        List<ParameterOverride> parameters = new ArrayList<>();
        for (ParameterOverride parameter : command.parameters()) {
            if (SensitiveOverrides.isSensitive(parameter, pkg)) {
                String variable = secrets.add("job " + jobName + ", step " + step.getStepId() + ", " + parameter.name());
                secretVariables.add(variable);
                // the space makes the value quoted, so the secret may contain spaces
                parameters.add(new ParameterOverride(parameter.name(), HOLE_START + variable + " " + HOLE_END));
            } else {
                parameters.add(parameter);
            }
        }
        command = command.withParameters(parameters);

        StringBuilder sql = new StringBuilder();
        if (reference != null) {
            sql.append(lookup(plan, folder, project, reference, step.getStepId()));
        }
        for (String variable : secretVariables) {
            sql.append(secretCheck(variable, step.getStepId()));
        }
        sql.append("SET @command = ").append(expression(command.toCommandLine(), secretVariables)).append(';');
        return new CatalogStepCommand(sql.toString(), reference != null, note);
    }

    /** Statements that leave the step's command in {@code @command}, or jump to {@code QuitWithRollback}. */
    String setCommand() {
        return setCommand;
    }

    boolean looksUpEnvironment() {
        return looksUpEnvironment;
    }

    /** What the architect must know about this step, or null. */
    String note() {
        return note;
    }

    private static EnvironmentReference referenceOf(Project project, String id) {
        if (id == null) {
            return null;
        }
        for (EnvironmentReference reference : project.getEnvironmentReferences()) {
            if (id.equals(String.valueOf(reference.getReferenceId()))) {
                return reference;
            }
        }
        return null;
    }

    private static String lookup(MigrationPlan plan, String folder, Project project, EnvironmentReference reference,
            int stepId) {
        String environmentFolder = reference.getEnvironmentFolderName() == null || reference.getEnvironmentFolderName().isEmpty()
                ? null : targetFolderNamed(plan, reference.getEnvironmentFolderName());
        return assign("@folder_name", folder) + "\n"
                + assign("@project_name", project.getName()) + "\n"
                + assign("@environment_name", reference.getEnvironmentName()) + "\n"
                + (environmentFolder == null ? "SET @environment_folder_name = NULL;"
                        : assign("@environment_folder_name", environmentFolder)) + "\n"
                + "SET @environment_reference = NULL;\n"
                // catalog.folders exposes folder_id, although its documentation page lists the column as id
                + "SELECT @environment_reference = r.reference_id FROM SSISDB.catalog.environment_references AS r\n"
                + "    JOIN SSISDB.catalog.projects AS p ON p.project_id = r.project_id\n"
                + "    JOIN SSISDB.catalog.folders AS f ON f.folder_id = p.folder_id\n"
                + "    WHERE f.name = @folder_name AND p.name = @project_name AND r.environment_name = @environment_name\n"
                + "    AND ((r.reference_type = 'R' AND @environment_folder_name IS NULL)\n"
                + "        OR (r.reference_type = 'A' AND r.environment_folder_name = @environment_folder_name));\n"
                + "IF @environment_reference IS NULL\n"
                + "BEGIN\n"
                + "    RAISERROR(N'Step %d: project %s in folder %s has no reference to environment %s. Deploy the project, "
                + "create the environment and the reference in SSISDB first, then run this script again.', 16, 1, " + stepId
                + ", @project_name, @folder_name, @environment_name);\n"
                + "    GOTO QuitWithRollback;\n"
                + "END\n";
    }

    private static String secretCheck(String variable, int stepId) {
        // without SQLCMD mode the reference stays as typed; the second literal is split so sqlcmd leaves it alone
        return "IF N'$(" + variable + ")' = N'$' + N'(" + variable + ")'\n"
                + "BEGIN\n"
                + "    RAISERROR(N'Step %d needs the sqlcmd variable " + variable + ": run this script with sqlcmd -v or in SSMS "
                + "SQLCMD mode.', 16, 1, " + stepId + ");\n"
                + "    GOTO QuitWithRollback;\n"
                + "END\n"
                + "IF N'$(" + variable + ")' LIKE N'%[\"\\]%'\n"
                + "BEGIN\n"
                + "    RAISERROR(N'Step %d: the value of sqlcmd variable " + variable + " contains a quote or a backslash, "
                + "which the job step cannot pass safely. Keep it in a sensitive SSISDB environment variable instead.', 16, 1, "
                + stepId + ");\n"
                + "    GOTO QuitWithRollback;\n"
                + "END\n";
    }

    /** The command as a T-SQL expression, holes replaced by the lookup result and the sqlcmd variables. */
    private static String expression(String commandLine, List<String> secretVariables) {
        List<String> parts = new ArrayList<>();
        int holes = 0;
        int at = 0;
        while (at < commandLine.length()) {
            int start = commandLine.indexOf(HOLE_START, at);
            if (start < 0) {
                parts.add(TsqlText.literal(commandLine.substring(at)));
                break;
            }
            int end = commandLine.indexOf(HOLE_END, start);
            if (start > at) {
                parts.add(TsqlText.literal(commandLine.substring(at, start)));
            }
            String hole = commandLine.substring(start, end + 1);
            if (hole.equals(ENVIRONMENT_HOLE)) {
                parts.add("CAST(@environment_reference AS nvarchar(20))");
            } else {
                String variable = hole.substring(1, hole.length() - 2);
                if (!secretVariables.contains(variable)) {
                    throw new IllegalArgumentException("A name in the job step contains U+FFF9, which Liftshift cannot script");
                }
                parts.add("N'$(" + variable + ")'");
            }
            holes++;
            at = end + 1;
        }
        if (holes != secretVariables.size() + (commandLine.contains(ENVIRONMENT_HOLE) ? 1 : 0)) {
            throw new IllegalArgumentException("A name in the job step contains U+FFF9, which Liftshift cannot script");
        }
        return String.join(" + ", parts);
    }

    /** The folder the project lands in on the target: the plan's mapping, else its on-premises folder. */
    static String targetFolder(MigrationPlan plan, Project project) {
        FolderMapping mapping = DesignNavigation.mappingOf(plan, project);
        if (mapping != null) {
            return mapping.getTargetFolderName();
        }
        CatalogFolder folder = DesignNavigation.ancestor(project, CatalogFolder.class);
        return folder == null ? "Migrated" : folder.getName();
    }

    /** An on-premises folder's name on the target, when the plan moves the whole folder. */
    private static String targetFolderNamed(MigrationPlan plan, String sourceFolder) {
        for (FolderMapping mapping : plan.getFolderMappings()) {
            if (mapping.getSourceProjects().isEmpty() && mapping.getSourceFolder() != null
                    && sourceFolder.equals(mapping.getSourceFolder().getName())) {
                return mapping.getTargetFolderName();
            }
        }
        return sourceFolder;
    }
}
