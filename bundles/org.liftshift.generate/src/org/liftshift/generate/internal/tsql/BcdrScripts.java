package org.liftshift.generate.internal.tsql;

import static org.liftshift.generate.internal.text.TsqlText.declare;
import static org.liftshift.generate.internal.text.TsqlText.identifier;
import static org.liftshift.generate.internal.text.TsqlText.literal;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.liftshift.generate.KitFile;
import org.liftshift.generate.internal.bcdr.FailoverPlan;
import org.liftshift.generate.internal.text.FileNames;
import org.liftshift.model.plan.JobOrchestration;
import org.liftshift.model.plan.MigrationPlan;
import org.liftshift.model.plan.OrchestrationKind;
import org.liftshift.model.target.FailoverGroup;
import org.liftshift.model.target.ManagedInstance;
import org.liftshift.model.target.SqlHost;

/**
 * The kit's BCDR T-SQL: the schedule-toggle job on both instances of a Managed Instance failover
 * group (BCDR-2), the database master key password for groups that do not carry the service master
 * key (BCDR-3), and {@code catalog.failover_integration_runtime} for the attach scenarios.
 */
public final class BcdrScripts {

    public static final String TOGGLE_FILE = "30-bcdr-schedule-toggle.sql";
    public static final String MASTER_KEY_FILE = "40-bcdr-master-key.sql";
    static final String TOGGLE_JOB = "Liftshift - enable SSIS job schedules on the SSISDB primary";
    /** The sqlcmd variable that carries the DMK password; the kit never holds the value. */
    public static final String PASSWORD_VARIABLE = "DmkPassword";

    private BcdrScripts() {
    }

    public static List<KitFile> files(MigrationPlan plan) {
        List<KitFile> files = new ArrayList<>();
        ManagedInstance primary = BcdrInstances.agentPrimary(plan);
        ManagedInstance standby = BcdrInstances.agentStandby(plan);
        if (primary != null) {
            List<String> jobs = plan.getOrchestrations().stream()
                    .filter(o -> o.getKind() == OrchestrationKind.MI_AGENT_JOB && o.getManagedInstance() == primary)
                    .map(JobOrchestration::getJob).filter(job -> job != null).map(job -> job.getName()).toList();
            for (ManagedInstance mi : List.of(primary, standby)) {
                files.add(new KitFile(TsqlFiles.path(mi.getName(), TOGGLE_FILE),
                        "Creates on " + mi.getName() + " the job that enables the SSIS job schedules only where SSISDB is primary (BCDR-2).",
                        toggleScript(mi, jobs)));
            }
        }
        for (FailoverGroup group : BcdrInstances.needingMasterKeyPassword(plan)) {
            ManagedInstance groupPrimary = (ManagedInstance) group.getPrimary();
            ManagedInstance groupSecondary = (ManagedInstance) group.getSecondary();
            files.add(new KitFile(TsqlFiles.path(groupPrimary.getName(), MASTER_KEY_FILE),
                    "Adds a password to the SSISDB master key on the primary, before the failover group exists (BCDR-3).",
                    masterKeyPrimary(group, groupPrimary)));
            files.add(new KitFile(TsqlFiles.path(groupSecondary.getName(), MASTER_KEY_FILE),
                    "Registers the SSISDB master key password on the secondary, after the failover group exists (BCDR-3).",
                    masterKeySecondary(group, groupSecondary)));
        }
        for (FailoverPlan failover : FailoverPlan.of(plan)) {
            if (failover.scenario().attaches()) {
                files.add(new KitFile(attachPath(failover), "During failover scenario " + failover.scenario().id()
                        + ": lets SSISDB accept " + failover.newFactory().getName() + "/" + failover.newRuntime().getName() + ".",
                        attachScript(failover)));
            }
        }
        return files;
    }

    /** The attach script of a scenario, run against the SSISDB the new IR will use. */
    public static String attachPath(FailoverPlan failover) {
        return TsqlFiles.path(failover.group().getPrimary().getName(),
                "60-failover-attach-" + FileNames.safe(failover.runtime().getName()) + ".sql");
    }

    private static String toggleScript(ManagedInstance mi, List<String> jobs) {
        String names = jobs.isEmpty() ? "NULL" : jobs.stream().map(name -> literal(name)).collect(Collectors.joining(",\n        "));
        String command = """
                -- BCDR-2: SSIS jobs run only where SSISDB is the geo-primary.
                DECLARE @role nvarchar(60) = (SELECT TOP (1) role_desc FROM [SSISDB].[sys].[dm_geo_replication_link_status]
                    WHERE partner_database = N'SSISDB');
                IF @role IS NULL
                BEGIN
                    PRINT N'SSISDB has no geo-replication link: schedules left as they are.';
                    RETURN;
                END;
                DECLARE @enabled int = CASE WHEN @role = N'PRIMARY' THEN 1 ELSE 0 END;
                DECLARE @schedule_id int;
                DECLARE schedules CURSOR LOCAL FAST_FORWARD FOR
                    SELECT DISTINCT s.schedule_id
                    FROM [msdb].[dbo].[sysschedules] AS s
                    JOIN [msdb].[dbo].[sysjobschedules] AS js ON js.schedule_id = s.schedule_id
                    JOIN [msdb].[dbo].[sysjobs] AS j ON j.job_id = js.job_id
                    WHERE s.enabled <> @enabled AND j.name IN (
                        %s);
                OPEN schedules;
                FETCH NEXT FROM schedules INTO @schedule_id;
                WHILE @@FETCH_STATUS = 0
                BEGIN
                    EXEC [msdb].[dbo].[sp_update_schedule] @schedule_id = @schedule_id, @enabled = @enabled;
                    FETCH NEXT FROM schedules INTO @schedule_id;
                END;
                CLOSE schedules;
                DEALLOCATE schedules;
                """.formatted(names);
        return TsqlFiles.header("BCDR schedule toggle on " + mi.getName(), TsqlFiles.host(mi),
                "Run on both instances of the failover group. Every minute the job enables the schedules of the",
                "migrated SSIS jobs when this instance's SSISDB is primary and disables them when it is secondary.")
                + "USE " + identifier("msdb") + ";\nGO\n"
                + new AgentJobSql(TOGGLE_JOB, true, "Enables the migrated SSIS job schedules only where SSISDB is the geo-primary (BCDR-2).",
                        null, null).step(1, "Match schedules to the SSISDB role", "TSQL", command, "msdb",
                                AgentJobSql.QUIT_WITH_SUCCESS, AgentJobSql.QUIT_WITH_FAILURE, 0, 0)
                        .schedule(JobSchedule.everyMinutes("Liftshift - every minute", 1)).render();
    }

    private static String masterKeyPrimary(FailoverGroup group, ManagedInstance mi) {
        return TsqlFiles.header("SSISDB master key password on the primary of failover group " + group.getName(),
                TsqlFiles.host(mi), passwordNotes())
                + ":on error exit\n"
                + "USE " + identifier("SSISDB") + ";\nGO\n"
                + "ALTER MASTER KEY ADD ENCRYPTION BY PASSWORD = N'$(" + PASSWORD_VARIABLE + ")';\nGO\n";
    }

    private static String masterKeySecondary(FailoverGroup group, ManagedInstance mi) {
        return TsqlFiles.header("SSISDB master key password on the secondary of failover group " + group.getName(),
                TsqlFiles.host(mi), passwordNotes())
                + ":on error exit\n"
                + "EXEC [master].[sys].[sp_control_dbmasterkey_password] @db_name = N'SSISDB', @password = N'$("
                + PASSWORD_VARIABLE + ")', @action = N'add';\nGO\n";
    }

    private static String[] passwordNotes() {
        return new String[] { "Failover groups created before September 2021 do not carry the service master key (BCDR-3).",
                "The password is never in this file: pass it as sqlcmd -v " + PASSWORD_VARIABLE + "=\"...\" or, in SSMS",
                "SQLCMD mode, add a :setvar " + PASSWORD_VARIABLE + " line for the run. sqlcmd pastes it as text,",
                "so it must not contain a single quote. Use the same password on both instances." };
    }

    private static String attachScript(FailoverPlan failover) {
        SqlHost host = failover.group().getPrimary();
        boolean managedInstance = host instanceof ManagedInstance;
        StringBuilder sql = new StringBuilder(TsqlFiles.header(
                "failover scenario " + failover.scenario().id() + ", attach SSISDB to " + failover.newRuntime().getName(),
                "the read/write listener " + failover.group().getReadWriteListener()
                        + (managedInstance ? "" : " (database SSISDB: sqlcmd -d SSISDB)"),
                "Run after the IR " + failover.runtime().getName() + " is stopped and before the new IR is created."));
        if (managedInstance) {
            sql.append("USE ").append(identifier("SSISDB")).append(";\nGO\n");
        }
        sql.append(declare("@data_factory_name", failover.newFactory().getName())).append('\n');
        sql.append(declare("@integration_runtime_name", failover.newRuntime().getName())).append('\n');
        sql.append("EXEC [catalog].[failover_integration_runtime] @data_factory_name = @data_factory_name,")
                .append(" @integration_runtime_name = @integration_runtime_name;\nGO\n");
        return sql.toString();
    }
}
