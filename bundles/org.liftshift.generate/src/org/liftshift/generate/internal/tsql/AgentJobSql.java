package org.liftshift.generate.internal.tsql;

import static org.liftshift.generate.internal.text.TsqlText.assign;
import static org.liftshift.generate.internal.text.TsqlText.declare;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One SQL Agent job as T-SQL, in the shape SSMS scripts a job: inside one transaction, drop the job
 * of that name if it exists, add it, its steps, its schedules and its target server, and roll back
 * on the first error. Running the batch again therefore replaces the job as a whole. Every value
 * reaches the procedures through a variable, because an EXEC argument cannot be an expression; the
 * variables are declared once at the top of the batch, as a batch may declare a name only once.
 */
final class AgentJobSql {

    /** {@code @on_success_action}/{@code @on_fail_action} codes of sp_add_jobstep. */
    static final int QUIT_WITH_SUCCESS = 1;
    static final int QUIT_WITH_FAILURE = 2;
    static final int GO_TO_NEXT_STEP = 3;

    private final String name;
    private final boolean enabled;
    private final String description;
    private final String category;
    private final String owner;
    private final List<String> steps = new ArrayList<>();
    private final List<JobSchedule> schedules = new ArrayList<>();
    private final Set<String> declarations = new LinkedHashSet<>();

    /** @param owner the owner login, or null for the login that runs the script */
    AgentJobSql(String name, boolean enabled, String description, String category, String owner) {
        this.name = name;
        this.enabled = enabled;
        this.description = description == null ? "" : description;
        this.category = category == null ? "[Uncategorized (Local)]" : category;
        this.owner = owner;
    }

    AgentJobSql step(int stepId, String stepName, String subsystem, String command, String database, int onSuccess,
            int onFail, int retryAttempts, int retryInterval) {
        return stepSettingCommand(stepId, stepName, subsystem, assign("@command", command), database, onSuccess, onFail,
                retryAttempts, retryInterval);
    }

    /**
     * A step whose command is the value of a variable the caller declared in the same batch, for
     * commands built from sqlcmd variables when the script runs.
     */
    AgentJobSql stepFromVariable(int stepId, String stepName, String subsystem, String commandVariable, String database,
            int onSuccess, int onFail) {
        return stepSettingCommand(stepId, stepName, subsystem, "SET @command = " + commandVariable + ";", database, onSuccess,
                onFail, 0, 0);
    }

    /**
     * A step whose command {@code setCommand} computes into {@code @command} when the script runs;
     * it may jump to {@code QuitWithRollback} and use variables added with {@link #declaring}.
     */
    AgentJobSql stepSettingCommand(int stepId, String stepName, String subsystem, String setCommand, String database,
            int onSuccess, int onFail, int retryAttempts, int retryInterval) {
        steps.add(assign("@step_name", stepName) + "\n" + setCommand + "\n"
                + "EXEC @ReturnCode = msdb.dbo.sp_add_jobstep @job_id = @job_id, @step_name = @step_name, @step_id = " + stepId
                + ", @subsystem = N'" + subsystem + "', @command = @command, @database_name = N'" + database.replace("'", "''")
                + "', @on_success_action = " + onSuccess + ", @on_fail_action = " + onFail + ", @retry_attempts = "
                + retryAttempts + ", @retry_interval = " + retryInterval + ";\n" + CHECK);
        return this;
    }

    /** Adds a {@code DECLARE} to the top of the batch, once however often it is asked for. */
    AgentJobSql declaring(String declaration) {
        declarations.add(declaration);
        return this;
    }

    AgentJobSql schedule(JobSchedule schedule) {
        schedules.add(schedule);
        return this;
    }

    private static final String CHECK = "IF (@@ERROR <> 0 OR @ReturnCode <> 0) GOTO QuitWithRollback;\n";

    /** The job's batch, ending with {@code GO}. */
    String render() {
        StringBuilder sql = new StringBuilder();
        sql.append("BEGIN TRANSACTION;\n");
        sql.append("DECLARE @ReturnCode int = 0;\n");
        sql.append("DECLARE @job_id uniqueidentifier;\n");
        sql.append("DECLARE @schedule_id int;\n");
        sql.append("DECLARE @step_name nvarchar(max), @command nvarchar(max), @schedule_name nvarchar(max);\n");
        declarations.forEach(declaration -> sql.append(declaration).append('\n'));
        sql.append(declare("@job_name", name)).append('\n');
        sql.append(declare("@description", description)).append('\n');
        sql.append(declare("@category_name", category)).append('\n');
        if (owner != null) {
            sql.append(declare("@owner_login_name", owner)).append('\n');
        }
        sql.append("IF EXISTS (SELECT 1 FROM msdb.dbo.sysjobs WHERE name = @job_name)\n");
        sql.append("    EXEC @ReturnCode = msdb.dbo.sp_delete_job @job_name = @job_name, @delete_unused_schedule = 1;\n");
        sql.append(CHECK);
        sql.append("IF NOT EXISTS (SELECT 1 FROM msdb.dbo.syscategories WHERE name = @category_name AND category_class = 1)\n");
        sql.append("    EXEC @ReturnCode = msdb.dbo.sp_add_category @class = N'JOB', @type = N'LOCAL', @name = @category_name;\n");
        sql.append(CHECK);
        sql.append("EXEC @ReturnCode = msdb.dbo.sp_add_job @job_name = @job_name, @enabled = ").append(enabled ? 1 : 0)
                .append(", @description = @description, @category_name = @category_name,")
                .append(owner != null ? " @owner_login_name = @owner_login_name," : "").append(" @job_id = @job_id OUTPUT;\n");
        sql.append(CHECK);
        steps.forEach(sql::append);
        for (JobSchedule schedule : schedules) {
            sql.append(scheduleSql(schedule));
        }
        sql.append("EXEC @ReturnCode = msdb.dbo.sp_add_jobserver @job_id = @job_id, @server_name = N'(local)';\n");
        sql.append(CHECK);
        sql.append("COMMIT TRANSACTION;\nGOTO EndSave;\nQuitWithRollback:\n    IF (@@TRANCOUNT > 0) ROLLBACK TRANSACTION;\nEndSave:\nGO\n");
        return sql.toString();
    }

    private static String scheduleSql(JobSchedule schedule) {
        return assign("@schedule_name", schedule.name()) + "\n"
                + "EXEC @ReturnCode = msdb.dbo.sp_add_schedule @schedule_name = @schedule_name, @enabled = "
                + (schedule.enabled() ? 1 : 0) + ", @freq_type = " + schedule.frequencyType() + ", @freq_interval = "
                + schedule.frequencyInterval() + ", @freq_subday_type = " + schedule.subdayType() + ", @freq_subday_interval = "
                + schedule.subdayInterval() + ", @freq_relative_interval = " + schedule.relativeInterval()
                + ", @freq_recurrence_factor = " + schedule.recurrenceFactor() + ", @active_start_date = "
                + schedule.activeStartDate() + ", @active_end_date = " + schedule.activeEndDate() + ", @active_start_time = "
                + schedule.activeStartTime() + ", @active_end_time = " + schedule.activeEndTime()
                + ", @schedule_id = @schedule_id OUTPUT;\n" + CHECK
                + "EXEC @ReturnCode = msdb.dbo.sp_attach_schedule @job_id = @job_id, @schedule_id = @schedule_id;\n" + CHECK;
    }

    /** A batch that removes the job if it exists, e.g. to clean up after a test. */
    static String drop(String jobName) {
        return declare("@job_name", jobName) + "\n" + "IF EXISTS (SELECT 1 FROM msdb.dbo.sysjobs WHERE name = @job_name)\n"
                + "    EXEC msdb.dbo.sp_delete_job @job_name = @job_name, @delete_unused_schedule = 1;\nGO\n";
    }
}
