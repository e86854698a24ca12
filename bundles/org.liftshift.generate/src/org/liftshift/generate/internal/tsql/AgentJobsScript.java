package org.liftshift.generate.internal.tsql;

import static org.liftshift.generate.internal.text.TsqlText.identifier;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.liftshift.generate.KitFile;
import org.liftshift.model.estate.AgentJob;
import org.liftshift.model.estate.JobStep;
import org.liftshift.model.estate.JobStepSubsystem;
import org.liftshift.model.estate.Schedule;
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

    public static final String FILE = "20-agent-jobs.sql";

    /**
     * One script per Managed Instance that runs jobs. When the plan's BCDR design orchestrates with
     * Managed Instance Agent (BCDR-2), the secondary instance gets the same jobs with their
     * schedules disabled; the schedule-toggle job enables them when its SSISDB becomes primary.
     */
    public static List<KitFile> files(MigrationPlan plan) {
        Map<ManagedInstance, List<JobOnInstance>> byInstance = new LinkedHashMap<>();
        ManagedInstance standby = BcdrInstances.agentStandby(plan);
        ManagedInstance primary = BcdrInstances.agentPrimary(plan);
        for (JobOrchestration orchestration : plan.getOrchestrations()) {
            if (orchestration.getKind() == OrchestrationKind.MI_AGENT_JOB && orchestration.getManagedInstance() != null) {
                byInstance.computeIfAbsent(orchestration.getManagedInstance(), mi -> new ArrayList<>())
                        .add(new JobOnInstance(orchestration, true));
                if (standby != null && orchestration.getManagedInstance() == primary) {
                    byInstance.computeIfAbsent(standby, mi -> new ArrayList<>()).add(new JobOnInstance(orchestration, false));
                }
            }
        }
        List<KitFile> files = new ArrayList<>();
        byInstance.forEach((mi, jobs) -> files.add(new KitFile(TsqlFiles.path(mi.getName(), FILE), purpose(mi, jobs),
                script(plan, mi, jobs))));
        return files;
    }

    private record JobOnInstance(JobOrchestration orchestration, boolean schedulesEnabled) {
    }

    private static String purpose(ManagedInstance mi, List<JobOnInstance> jobs) {
        boolean standby = jobs.stream().anyMatch(job -> !job.schedulesEnabled());
        return "Creates on Managed Instance " + mi.getName() + " the SQL Agent jobs that run its SSIS packages"
                + (standby ? ", with schedules disabled until its SSISDB becomes primary (BCDR-2)." : ".");
    }

    private static String script(MigrationPlan plan, ManagedInstance mi, List<JobOnInstance> jobs) {
        JobSecrets secrets = new JobSecrets();
        StringBuilder body = new StringBuilder();
        for (JobOnInstance job : jobs) {
            body.append('\n').append(job(plan, job.orchestration(), TsqlFiles.host(mi), job.schedulesEnabled(), secrets));
        }
        List<String> notes = new ArrayList<>(List.of("Safe to run again: each job is replaced as a whole."));
        if (!secrets.isEmpty()) {
            notes.addAll(secrets.notes());
        }
        return TsqlFiles.header("SQL Agent jobs for Managed Instance " + mi.getName(), TsqlFiles.host(mi),
                notes.toArray(String[]::new)) + "USE " + identifier("msdb")
                + ";\nGO\n" + body;
    }

    private static String job(MigrationPlan plan, JobOrchestration orchestration, String server, boolean schedulesEnabled,
            JobSecrets secrets) {
        AgentJob job = orchestration.getJob();
        AgentJobSql sql = new AgentJobSql(job.getName(), job.isEnabled(), job.getDescription(), job.getCategory(),
                orchestration.getOwnerLogin() == null ? "sa" : orchestration.getOwnerLogin());
        StringBuilder notes = new StringBuilder();
        for (JobStep step : job.getSteps()) {
            String subsystem = step.getSubsystem() == null ? "TSQL" : step.getSubsystem().getLiteral();
            if (step.getSubsystem() == JobStepSubsystem.SSIS && step.getPackage() != null) {
                CatalogStepCommand command = CatalogStepCommand.of(plan, step, server, secrets, job.getName());
                if (command.looksUpEnvironment()) {
                    sql.declaring(CatalogStepCommand.LOOKUP_DECLARATION);
                }
                if (command.note() != null) {
                    notes.append("-- ").append(TsqlFiles.commentText(command.note())).append('\n');
                }
                sql.stepSettingCommand(step.getStepId(), step.getName(), subsystem, command.setCommand(), "master",
                        step.getOnSuccessAction().getValue(), step.getOnFailAction().getValue(), step.getRetryAttempts(),
                        step.getRetryIntervalMinutes());
            } else {
                sql.step(step.getStepId(), step.getName(), subsystem, step.getCommand() == null ? "" : step.getCommand(),
                        "master", step.getOnSuccessAction().getValue(), step.getOnFailAction().getValue(),
                        step.getRetryAttempts(), step.getRetryIntervalMinutes());
            }
        }
        for (Schedule schedule : job.getSchedules()) {
            JobSchedule converted = JobSchedule.of(schedule);
            sql.schedule(schedulesEnabled ? converted : converted.disabled());
        }
        return notes + sql.render();
    }
}
