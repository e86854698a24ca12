package org.liftshift.importer.server;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Status;
import org.liftshift.importer.EstateImport;
import org.liftshift.model.estate.AgentJob;
import org.liftshift.model.estate.CatalogFolder;
import org.liftshift.model.estate.DeploymentModel;
import org.liftshift.model.estate.EncryptionAlgorithm;
import org.liftshift.model.estate.Environment;
import org.liftshift.model.estate.EnvironmentReference;
import org.liftshift.model.estate.EnvironmentVariable;
import org.liftshift.model.estate.EstateFactory;
import org.liftshift.model.estate.FrequencySubdayType;
import org.liftshift.model.estate.FrequencyType;
import org.liftshift.model.estate.JobStep;
import org.liftshift.model.estate.JobStepAction;
import org.liftshift.model.estate.JobStepSubsystem;
import org.liftshift.model.estate.LoggingLevel;
import org.liftshift.model.estate.Package;
import org.liftshift.model.estate.Parameter;
import org.liftshift.model.estate.Project;
import org.liftshift.model.estate.Proxy;
import org.liftshift.model.estate.Schedule;
import org.liftshift.model.estate.SqlServerInstance;
import org.liftshift.model.estate.SsisCatalog;
import org.liftshift.model.jobs.IsServerCommand;
import org.liftshift.model.jobs.ParameterOverride;
import org.liftshift.model.jobs.SensitiveOverrides;

/**
 * Builds one SQL Server instance of the estate from the rows of the discovery queries, whether they
 * came from a live server or a collected document. Secret {@code /Par} values of job steps are
 * removed, and each removal is reported.
 */
public final class InstanceAssembler {

    private static final EstateFactory E = EstateFactory.eINSTANCE;

    private final EstateRows rows;
    private final String source;
    private final MultiStatus status;
    private final Map<String, Project> projects = new HashMap<>();
    private final Map<String, Package> packages = new HashMap<>();

    private InstanceAssembler(EstateRows rows, String source, MultiStatus status) {
        this.rows = rows;
        this.source = source;
        this.status = status;
    }

    /**
     * @param source where the rows come from, for messages (a server name or a file)
     * @param status receives a warning for each secret removed from a job step
     */
    public static SqlServerInstance assemble(EstateRows rows, String source, MultiStatus status) {
        return new InstanceAssembler(rows, source, status).instance();
    }

    private SqlServerInstance instance() {
        SqlServerInstance instance = E.createSqlServerInstance();
        Row server = rows.of(DiscoveryQuery.SERVER).stream().findFirst().orElse(new Row(Map.of()));
        instance.setName(server.string("server_name") != null ? server.string("server_name") : source);
        instance.setVersion(server.string("product_version"));
        instance.setEdition(server.string("edition"));
        if (instance.getVersion() != null) {
            instance.setMajorVersion(Integer.parseInt(instance.getVersion().split("\\.")[0]));
        }
        if (rows.has(DiscoveryQuery.FOLDERS)) {
            instance.setCatalog(catalog());
        }
        Map<Integer, Proxy> proxies = proxies(instance);
        Map<Integer, Schedule> schedules = schedules(instance);
        jobs(instance, proxies, schedules);
        for (Row row : rows.of(DiscoveryQuery.LEGACY_PACKAGES)) {
            Package pkg = E.createPackage();
            pkg.setName(row.string("name"));
            pkg.setDescription(row.string("description"));
            pkg.setPackageId(row.string("id"));
            pkg.setFormatVersion(row.integer("packageformat", 0));
            pkg.setSourcePath("msdb:" + row.string("id"));
            instance.getMsdbPackages().add(pkg);
        }
        return instance;
    }

    private SsisCatalog catalog() {
        SsisCatalog catalog = E.createSsisCatalog();
        for (Row row : rows.of(DiscoveryQuery.CATALOG_PROPERTIES)) {
            catalogProperty(catalog, row.string("property_name"), row.string("property_value"));
        }
        Map<String, CatalogFolder> folders = new HashMap<>();
        for (Row row : rows.of(DiscoveryQuery.FOLDERS)) {
            CatalogFolder folder = E.createCatalogFolder();
            folder.setName(row.string("name"));
            folder.setDescription(row.string("description"));
            folders.put(row.key(row.values().containsKey("folder_id") ? "folder_id" : "id"), folder);
            catalog.getFolders().add(folder);
        }
        Map<String, Environment> environments = new HashMap<>();
        for (Row row : rows.of(DiscoveryQuery.ENVIRONMENTS)) {
            Environment environment = E.createEnvironment();
            environment.setName(row.string("name"));
            environment.setDescription(row.string("description"));
            environments.put(row.key("environment_id"), environment);
            add(folders, row.key("folder_id"), folder -> folder.getEnvironments().add(environment));
        }
        for (Row row : rows.of(DiscoveryQuery.ENVIRONMENT_VARIABLES)) {
            EnvironmentVariable variable = E.createEnvironmentVariable();
            variable.setName(row.string("name"));
            variable.setDescription(row.string("description"));
            variable.setDataType(row.string("type"));
            variable.setSensitive(row.bool("sensitive"));
            variable.setValue(variable.isSensitive() ? null : row.string("value"));
            add(environments, row.key("environment_id"), environment -> environment.getVariables().add(variable));
        }
        for (Row row : rows.of(DiscoveryQuery.PROJECTS)) {
            Project project = E.createProject();
            project.setName(row.string("name"));
            project.setDescription(row.string("description"));
            project.setDeploymentModel(DeploymentModel.PROJECT);
            project.setVersion(row.string("project_format_version"));
            project.setSourcePath("SSISDB");
            projects.put(row.key("project_id"), project);
            add(folders, row.key("folder_id"), folder -> folder.getProjects().add(project));
        }
        for (Row row : rows.of(DiscoveryQuery.PACKAGES)) {
            Package pkg = E.createPackage();
            pkg.setName(row.string("name"));
            pkg.setDescription(row.string("description"));
            pkg.setPackageId(row.string("package_guid"));
            pkg.setFormatVersion(row.integer("package_format_version", 0));
            pkg.setEntryPoint(row.bool("entry_point"));
            add(projects, row.key("project_id"), project -> {
                project.getPackages().add(pkg);
                packages.put(row.key("project_id") + '/' + pkg.getName().toLowerCase(Locale.ROOT), pkg);
            });
        }
        parameters();
        for (Row row : rows.of(DiscoveryQuery.ENVIRONMENT_REFERENCES)) {
            EnvironmentReference reference = E.createEnvironmentReference();
            reference.setReferenceId(row.longValue("reference_id", 0));
            reference.setEnvironmentName(row.string("environment_name"));
            Project project = projects.get(row.key("project_id"));
            boolean absolute = "A".equalsIgnoreCase(row.string("reference_type"));
            CatalogFolder folder = project == null ? null : absolute
                    ? catalog.getFolders().stream().filter(f -> f.getName().equalsIgnoreCase(row.string("environment_folder_name")))
                            .findFirst().orElse(null)
                    : (CatalogFolder) project.eContainer();
            reference.setEnvironmentFolderName(absolute ? row.string("environment_folder_name") : null);
            if (folder != null) {
                folder.getEnvironments().stream().filter(e -> e.getName().equalsIgnoreCase(reference.getEnvironmentName())).findFirst()
                        .ifPresent(reference::setEnvironment);
            }
            if (project != null) {
                project.getEnvironmentReferences().add(reference);
            }
        }
        return catalog;
    }

    private void parameters() {
        for (Row row : rows.of(DiscoveryQuery.OBJECT_PARAMETERS)) {
            Project project = projects.get(row.key("project_id"));
            if (project == null || row.string("parameter_name") == null || row.string("parameter_name").startsWith("CM.")) {
                // connection manager properties are exposed as parameters too; they are read from the project
                continue;
            }
            Parameter parameter = E.createParameter();
            parameter.setName(row.string("parameter_name"));
            parameter.setDataType(row.string("data_type"));
            parameter.setRequired(row.bool("required"));
            parameter.setSensitive(row.bool("sensitive"));
            parameter.setDescription(row.string("description"));
            boolean literal = !"R".equalsIgnoreCase(row.string("value_type"));
            parameter.setValue(parameter.isSensitive() || !literal ? null : row.string("default_value"));
            if (row.integer("object_type", 0) == 20) {
                project.getParameters().add(parameter);
            } else {
                Package pkg = packages.get(row.key("project_id") + '/' + String.valueOf(row.string("object_name")).toLowerCase(Locale.ROOT));
                if (pkg != null) {
                    pkg.getParameters().add(parameter);
                }
            }
        }
    }

    private static void catalogProperty(SsisCatalog catalog, String name, String value) {
        if (name == null || value == null) {
            return;
        }
        switch (name.toUpperCase(Locale.ROOT)) {
            case "RETENTION_WINDOW" -> catalog.setRetentionWindowDays(parse(value, catalog.getRetentionWindowDays()));
            case "OPERATION_CLEANUP_ENABLED" -> catalog.setCleanupEnabled(Boolean.parseBoolean(value) || value.equals("1"));
            case "MAX_PROJECT_VERSIONS" -> catalog.setMaxProjectVersions(parse(value, catalog.getMaxProjectVersions()));
            case "VERSION_CLEANUP_ENABLED" -> catalog.setVersionCleanupEnabled(Boolean.parseBoolean(value) || value.equals("1"));
            case "ENCRYPTION_ALGORITHM" -> {
                EncryptionAlgorithm algorithm = EncryptionAlgorithm.get(value.toUpperCase(Locale.ROOT));
                if (algorithm != null) {
                    catalog.setEncryptionAlgorithm(algorithm);
                }
            }
            case "SERVER_LOGGING_LEVEL" -> {
                LoggingLevel level = LoggingLevel.get(parse(value, 1));
                if (level != null) {
                    catalog.setServerLoggingLevel(level);
                }
            }
            default -> {
                // other properties (schema version, operation log defaults) do not change the design
            }
        }
    }

    private Map<Integer, Proxy> proxies(SqlServerInstance instance) {
        Map<Integer, Proxy> proxies = new HashMap<>();
        for (Row row : rows.of(DiscoveryQuery.PROXIES)) {
            Proxy proxy = E.createProxy();
            proxy.setName(row.string("name"));
            proxy.setEnabled(row.bool("enabled"));
            proxy.setDescription(row.string("description"));
            proxies.put(row.integer("proxy_id", 0), proxy);
            instance.getProxies().add(proxy);
        }
        return proxies;
    }

    private Map<Integer, Schedule> schedules(SqlServerInstance instance) {
        Map<Integer, Schedule> schedules = new HashMap<>();
        for (Row row : rows.of(DiscoveryQuery.SCHEDULES)) {
            Schedule schedule = E.createSchedule();
            schedule.setName(row.string("name"));
            schedule.setEnabled(row.bool("enabled"));
            FrequencyType type = FrequencyType.get(row.integer("freq_type", 4));
            schedule.setFrequencyType(type == null ? FrequencyType.DAILY : type);
            schedule.setFrequencyInterval(row.integer("freq_interval", 0));
            FrequencySubdayType subday = FrequencySubdayType.get(row.integer("freq_subday_type", 1));
            schedule.setFrequencySubdayType(subday == null ? FrequencySubdayType.AT_TIME : subday);
            schedule.setFrequencySubdayInterval(row.integer("freq_subday_interval", 0));
            schedule.setFrequencyRelativeInterval(row.integer("freq_relative_interval", 0));
            schedule.setFrequencyRecurrenceFactor(row.integer("freq_recurrence_factor", 0));
            schedule.setActiveStartDate(row.integer("active_start_date", 19900101));
            schedule.setActiveEndDate(row.integer("active_end_date", 99991231));
            schedule.setActiveStartTime(row.integer("active_start_time", 0));
            schedule.setActiveEndTime(row.integer("active_end_time", 235959));
            schedules.put(row.integer("schedule_id", 0), schedule);
            instance.getSchedules().add(schedule);
        }
        return schedules;
    }

    private void jobs(SqlServerInstance instance, Map<Integer, Proxy> proxies, Map<Integer, Schedule> schedules) {
        Map<String, AgentJob> jobs = new HashMap<>();
        for (Row row : rows.of(DiscoveryQuery.JOBS)) {
            AgentJob job = E.createAgentJob();
            job.setName(row.string("name"));
            job.setJobId(row.string("job_id"));
            job.setEnabled(row.bool("enabled"));
            job.setDescription(row.string("description"));
            job.setOwner(row.string("owner_name"));
            jobs.put(row.key("job_id"), job);
            instance.getJobs().add(job);
        }
        for (Row row : rows.of(DiscoveryQuery.JOB_STEPS)) {
            AgentJob job = jobs.get(row.key("job_id"));
            if (job != null) {
                job.getSteps().add(step(row, job, proxies));
            }
        }
        for (AgentJob job : jobs.values()) {
            job.getSteps().sort((a, b) -> Integer.compare(a.getStepId(), b.getStepId()));
        }
        for (Row row : rows.of(DiscoveryQuery.JOB_SCHEDULES)) {
            AgentJob job = jobs.get(row.key("job_id"));
            Schedule schedule = schedules.get(row.integer("schedule_id", -1));
            if (job != null && schedule != null) {
                job.getSchedules().add(schedule);
            }
        }
    }

    private JobStep step(Row row, AgentJob job, Map<Integer, Proxy> proxies) {
        JobStep step = E.createJobStep();
        step.setStepId(row.integer("step_id", 0));
        step.setName(row.string("step_name"));
        step.setSubsystem(subsystem(row.string("subsystem")));
        step.setDatabaseName(row.string("database_name"));
        step.setOnSuccessAction(action(row.integer("on_success_action", 1), JobStepAction.QUIT_WITH_SUCCESS));
        step.setOnFailAction(action(row.integer("on_fail_action", 2), JobStepAction.QUIT_WITH_FAILURE));
        step.setRetryAttempts(row.integer("retry_attempts", 0));
        step.setRetryIntervalMinutes(row.integer("retry_interval", 0));
        step.setProxy(proxies.get(row.integer("proxy_id", -1)));
        String command = row.string("command");
        if (step.getSubsystem() == JobStepSubsystem.SSIS && command != null && command.stripLeading().regionMatches(true, 0, "/ISSERVER", 0, 9)) {
            command = catalogCommand(step, job, command);
        }
        step.setCommand(command);
        return step;
    }

    /** Links the step to the package it runs and removes secret /Par values, which Agent keeps in clear text. */
    private String catalogCommand(JobStep step, AgentJob job, String command) {
        IsServerCommand parsed;
        try {
            parsed = IsServerCommand.parse(command);
        } catch (IllegalArgumentException e) {
            status.add(Status.warning(source + ": step " + step.getStepId() + " of job " + job.getName() + ": " + e.getMessage()));
            return command;
        }
        Package pkg = packageAt(parsed.folder(), parsed.project(), parsed.packageName());
        step.setPackage(pkg);
        List<ParameterOverride> overrides = parsed.parameters().stream().map(p -> {
            if (p.value() != null && !p.value().isEmpty() && SensitiveOverrides.isSensitive(p, pkg)) {
                status.add(new Status(IStatus.WARNING, EstateImport.PLUGIN_ID, source + ": step " + step.getStepId() + " of job "
                        + job.getName() + " sets the secret " + p.name() + " in clear text; its value was not imported. "
                        + "Fix: give the value at deployment (the kit asks for it) and remove it from the on-premises job."));
                return new ParameterOverride(p.name(), "");
            }
            return p;
        }).toList();
        return parsed.withParameters(overrides).toCommandLine();
    }

    private Package packageAt(String folder, String project, String packageName) {
        for (Map.Entry<String, Project> entry : projects.entrySet()) {
            Project candidate = entry.getValue();
            if (candidate.getName().equalsIgnoreCase(project) && candidate.eContainer() instanceof CatalogFolder f
                    && f.getName().equalsIgnoreCase(folder)) {
                return candidate.getPackages().stream().filter(p -> p.getName().equalsIgnoreCase(packageName)).findFirst().orElse(null);
            }
        }
        return null;
    }

    private static JobStepSubsystem subsystem(String name) {
        if (name == null) {
            return JobStepSubsystem.OTHER;
        }
        JobStepSubsystem subsystem = JobStepSubsystem.get(name);
        if (subsystem == null) {
            for (JobStepSubsystem candidate : JobStepSubsystem.VALUES) {
                if (candidate.getLiteral().equalsIgnoreCase(name)) {
                    return candidate;
                }
            }
            return JobStepSubsystem.OTHER;
        }
        return subsystem;
    }

    private static JobStepAction action(int value, JobStepAction absent) {
        JobStepAction action = JobStepAction.get(value);
        return action == null ? absent : action;
    }

    private static int parse(String value, int absent) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return absent;
        }
    }

    private static <T> void add(Map<String, T> parents, String key, java.util.function.Consumer<T> adder) {
        T parent = parents.get(key);
        if (parent != null) {
            adder.accept(parent);
        }
    }
}
