package org.liftshift.generate.internal.tsql;

import static org.liftshift.generate.internal.text.TsqlText.declare;
import static org.liftshift.generate.internal.text.TsqlText.identifier;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.liftshift.model.estate.AgentJob;
import org.liftshift.model.estate.CatalogFolder;
import org.liftshift.model.estate.EnvironmentReference;
import org.liftshift.model.estate.JobStep;
import org.liftshift.model.estate.JobStepSubsystem;
import org.liftshift.model.estate.Package;
import org.liftshift.model.estate.Project;
import org.liftshift.model.estate.Schedule;
import org.liftshift.model.navigation.DesignNavigation;
import org.liftshift.model.plan.FolderMapping;
import org.liftshift.model.plan.JobOrchestration;
import org.liftshift.model.plan.MigrationPlan;
import org.liftshift.model.plan.OrchestrationKind;
import org.liftshift.model.target.ManagedInstance;

/**
 * The kit's T-SQL that creates, on each Managed Instance, the Agent jobs the plan orchestrates
 * there. Each job is replaced as a whole inside a transaction, as SSMS scripts jobs, so the script
 * can run again; customer names reach SQL Server only through variables built by {@code TsqlText}.
 */
public final class AgentJobsScript {

    private AgentJobsScript() {
    }

    /** One script per Managed Instance that runs jobs, keyed by its name. */
    public static Map<ManagedInstance, String> render(MigrationPlan plan) {
        Map<ManagedInstance, List<JobOrchestration>> byInstance = new LinkedHashMap<>();
        for (JobOrchestration orchestration : plan.getOrchestrations()) {
            if (orchestration.getKind() == OrchestrationKind.MI_AGENT_JOB && orchestration.getManagedInstance() != null) {
                byInstance.computeIfAbsent(orchestration.getManagedInstance(), mi -> new ArrayList<>()).add(orchestration);
            }
        }
        Map<ManagedInstance, String> scripts = new LinkedHashMap<>();
        byInstance.forEach((mi, jobs) -> scripts.put(mi, script(plan, mi, jobs)));
        return scripts;
    }

    /** A file name for the instance's script: its name with anything but letters, digits, - and . replaced. */
    public static String fileName(ManagedInstance mi) {
        return "tsql/" + mi.getName().replaceAll("[^A-Za-z0-9.-]", "_").toLowerCase(Locale.ROOT) + "/20-agent-jobs.sql";
    }

    private static String script(MigrationPlan plan, ManagedInstance mi, List<JobOrchestration> jobs) {
        StringBuilder sql = new StringBuilder();
        sql.append("-- Liftshift deployment kit: SQL Agent jobs for Managed Instance ").append(commentText(mi.getName()))
                .append("\n-- Run in SSMS or with sqlcmd -S <instance> -i <this file>. Safe to run again: each job is replaced.\n");
        sql.append("USE ").append(identifier("msdb")).append(";\nGO\n");
        String server = mi.getName() + "." + mi.getDnsZone() + ".database.windows.net";
        for (JobOrchestration orchestration : jobs) {
            sql.append('\n').append(job(plan, orchestration, server));
        }
        return sql.toString();
    }

    private static String job(MigrationPlan plan, JobOrchestration orchestration, String server) {
        AgentJob job = orchestration.getJob();
        StringBuilder sql = new StringBuilder();
        sql.append("BEGIN TRANSACTION;\n");
        sql.append("DECLARE @ReturnCode int = 0;\n");
        sql.append("DECLARE @job_id uniqueidentifier;\n");
        sql.append("DECLARE @schedule_id int;\n");
        sql.append(declare("@job_name", job.getName())).append('\n');
        sql.append(declare("@description", job.getDescription() == null ? "" : job.getDescription())).append('\n');
        sql.append(declare("@category_name", job.getCategory() == null ? "[Uncategorized (Local)]" : job.getCategory())).append('\n');
        sql.append(declare("@owner_login_name", orchestration.getOwnerLogin() == null ? "sa" : orchestration.getOwnerLogin())).append('\n');
        sql.append("IF EXISTS (SELECT 1 FROM msdb.dbo.sysjobs WHERE name = @job_name)\n");
        sql.append("    EXEC @ReturnCode = msdb.dbo.sp_delete_job @job_name = @job_name, @delete_unused_schedule = 1;\n");
        sql.append("IF (@@ERROR <> 0 OR @ReturnCode <> 0) GOTO QuitWithRollback;\n");
        sql.append("IF NOT EXISTS (SELECT 1 FROM msdb.dbo.syscategories WHERE name = @category_name AND category_class = 1)\n");
        sql.append("    EXEC @ReturnCode = msdb.dbo.sp_add_category @class = N'JOB', @type = N'LOCAL', @name = @category_name;\n");
        sql.append("EXEC @ReturnCode = msdb.dbo.sp_add_job @job_name = @job_name, @enabled = ").append(job.isEnabled() ? 1 : 0)
                .append(", @description = @description, @category_name = @category_name,")
                .append(" @owner_login_name = @owner_login_name, @job_id = @job_id OUTPUT;\n");
        sql.append("IF (@@ERROR <> 0 OR @ReturnCode <> 0) GOTO QuitWithRollback;\n");
        for (JobStep step : job.getSteps()) {
            sql.append(step(plan, step, server));
        }
        for (Schedule schedule : job.getSchedules()) {
            sql.append(schedule(schedule));
        }
        sql.append("EXEC @ReturnCode = msdb.dbo.sp_add_jobserver @job_id = @job_id, @server_name = N'(local)';\n");
        sql.append("IF (@@ERROR <> 0 OR @ReturnCode <> 0) GOTO QuitWithRollback;\n");
        sql.append("COMMIT TRANSACTION;\nGOTO EndSave;\nQuitWithRollback:\n    IF (@@TRANCOUNT > 0) ROLLBACK TRANSACTION;\nEndSave:\nGO\n");
        return sql.toString();
    }

    private static String step(MigrationPlan plan, JobStep step, String server) {
        StringBuilder sql = new StringBuilder();
        String command = step.getCommand() == null ? "" : step.getCommand();
        String subsystem = step.getSubsystem() == null ? "TSQL" : step.getSubsystem().getLiteral();
        if (step.getSubsystem() == JobStepSubsystem.SSIS && step.getPackage() != null) {
            Package pkg = step.getPackage();
            Project project = (Project) pkg.eContainer();
            command = IsServerCommand.of(targetFolder(plan, project), project.getName(), pkg.getName(), server,
                    environmentReference(project), 1);
        }
        sql.append(declare("@step_name", step.getName())).append('\n');
        sql.append(declare("@command", command)).append('\n');
        sql.append("EXEC @ReturnCode = msdb.dbo.sp_add_jobstep @job_id = @job_id, @step_name = @step_name, @step_id = ")
                .append(step.getStepId()).append(", @subsystem = N'").append(subsystem).append("', @command = @command,")
                .append(" @database_name = N'master', @on_success_action = ").append(step.getOnSuccessAction().getValue())
                .append(", @on_fail_action = ").append(step.getOnFailAction().getValue()).append(", @retry_attempts = ")
                .append(step.getRetryAttempts()).append(", @retry_interval = ").append(step.getRetryIntervalMinutes()).append(";\n");
        sql.append("IF (@@ERROR <> 0 OR @ReturnCode <> 0) GOTO QuitWithRollback;\n");
        return sql.toString();
    }

    private static String schedule(Schedule schedule) {
        return declare("@schedule_name", schedule.getName()) + "\n"
                + "EXEC @ReturnCode = msdb.dbo.sp_add_schedule @schedule_name = @schedule_name, @enabled = "
                + (schedule.isEnabled() ? 1 : 0) + ", @freq_type = " + schedule.getFrequencyType().getValue()
                + ", @freq_interval = " + schedule.getFrequencyInterval() + ", @freq_subday_type = "
                + schedule.getFrequencySubdayType().getValue() + ", @freq_subday_interval = "
                + schedule.getFrequencySubdayInterval() + ", @freq_relative_interval = " + schedule.getFrequencyRelativeInterval()
                + ", @freq_recurrence_factor = " + schedule.getFrequencyRecurrenceFactor() + ", @active_start_date = "
                + schedule.getActiveStartDate() + ", @active_end_date = " + schedule.getActiveEndDate()
                + ", @active_start_time = " + schedule.getActiveStartTime() + ", @active_end_time = "
                + schedule.getActiveEndTime() + ", @schedule_id = @schedule_id OUTPUT;\n"
                + "IF (@@ERROR <> 0 OR @ReturnCode <> 0) GOTO QuitWithRollback;\n"
                + "EXEC @ReturnCode = msdb.dbo.sp_attach_schedule @job_id = @job_id, @schedule_id = @schedule_id;\n"
                + "IF (@@ERROR <> 0 OR @ReturnCode <> 0) GOTO QuitWithRollback;\n";
    }

    /** Text for a comment line: sqlcmd rewrites $( even in comments, and a line break would end the comment. */
    static String commentText(String text) {
        return text.replaceAll("\\p{Cntrl}", "?").replace("$(", "$ (");
    }

    /** The folder the project lands in on the target: the plan's mapping, else its on-premises folder. */
    private static String targetFolder(MigrationPlan plan, Project project) {
        FolderMapping mapping = DesignNavigation.mappingOf(plan, project);
        if (mapping != null) {
            return mapping.getTargetFolderName();
        }
        CatalogFolder folder = DesignNavigation.ancestor(project, CatalogFolder.class);
        return folder == null ? "Migrated" : folder.getName();
    }

    private static Long environmentReference(Project project) {
        for (EnvironmentReference reference : project.getEnvironmentReferences()) {
            return Long.valueOf(reference.getReferenceId());
        }
        return null;
    }
}
