package org.liftshift.importer.server;

/**
 * The read-only queries that discover an SSIS estate. The same text runs on a live server (in the
 * database it names), inside the collector script a DBA runs, and against the test engine. They use
 * two-part names so they run in whichever database the connection or {@code sp_executesql} is in,
 * never select a sensitive value, and cast {@code sql_variant} so that {@code FOR JSON} can write it.
 */
public enum DiscoveryQuery {
    SERVER(Database.MSDB, "SELECT CAST(SERVERPROPERTY('ServerName') AS nvarchar(256)) AS server_name, "
            + "CAST(SERVERPROPERTY('ProductVersion') AS nvarchar(128)) AS product_version, "
            + "CAST(SERVERPROPERTY('Edition') AS nvarchar(128)) AS edition"),
    CATALOG_PROPERTIES(Database.SSISDB, "SELECT property_name, property_value FROM catalog.catalog_properties"),
    // SELECT *: the documentation names the key column of catalog.folders 'id', SQL Server names it 'folder_id'
    FOLDERS(Database.SSISDB, "SELECT * FROM catalog.folders"),
    PROJECTS(Database.SSISDB, "SELECT project_id, folder_id, name, description, project_format_version FROM catalog.projects"),
    PACKAGES(Database.SSISDB, "SELECT package_id, project_id, name, package_guid, description, package_format_version, entry_point "
            + "FROM catalog.packages"),
    OBJECT_PARAMETERS(Database.SSISDB, "SELECT parameter_id, project_id, object_type, object_name, parameter_name, data_type, "
            + "required, sensitive, description, CAST(CASE WHEN sensitive = 0 THEN default_value END AS nvarchar(4000)) "
            + "AS default_value, value_type, referenced_variable_name FROM catalog.object_parameters"),
    ENVIRONMENTS(Database.SSISDB, "SELECT environment_id, folder_id, name, description FROM catalog.environments"),
    ENVIRONMENT_VARIABLES(Database.SSISDB, "SELECT variable_id, environment_id, name, description, type, sensitive, "
            + "CAST(CASE WHEN sensitive = 0 THEN value END AS nvarchar(4000)) AS value FROM catalog.environment_variables"),
    ENVIRONMENT_REFERENCES(Database.SSISDB, "SELECT reference_id, project_id, reference_type, environment_folder_name, "
            + "environment_name FROM catalog.environment_references"),
    JOBS(Database.MSDB, "SELECT job_id, name, enabled, description, SUSER_SNAME(owner_sid) AS owner_name FROM dbo.sysjobs"),
    JOB_STEPS(Database.MSDB, "SELECT job_id, step_id, step_name, subsystem, command, database_name, on_success_action, "
            + "on_fail_action, retry_attempts, retry_interval, proxy_id FROM dbo.sysjobsteps"),
    SCHEDULES(Database.MSDB, "SELECT schedule_id, name, enabled, freq_type, freq_interval, freq_subday_type, "
            + "freq_subday_interval, freq_relative_interval, freq_recurrence_factor, active_start_date, active_end_date, "
            + "active_start_time, active_end_time FROM dbo.sysschedules"),
    JOB_SCHEDULES(Database.MSDB, "SELECT job_id, schedule_id FROM dbo.sysjobschedules"),
    PROXIES(Database.MSDB, "SELECT proxy_id, name, enabled, description FROM dbo.sysproxies"),
    LEGACY_PACKAGES(Database.MSDB, "SELECT id, name, description, packageformat, packagetype, isencrypted FROM dbo.sysssispackages");

    /** The database a query runs in. */
    public enum Database {
        SSISDB("SSISDB"), MSDB("msdb");

        private final String sqlName;

        Database(String sqlName) {
            this.sqlName = sqlName;
        }

        public String sqlName() {
            return sqlName;
        }
    }

    /** Reads a deployed project's .ispac: {@code catalog.get_project} (needs read permission on the project). */
    public static final String GET_PROJECT = "{call catalog.get_project(?, ?)}";

    /** Reads the XML of one legacy package stored in msdb. */
    public static final String LEGACY_PACKAGE_DATA = "SELECT packagedata FROM dbo.sysssispackages WHERE id = ?";

    private final Database database;
    private final String sql;

    DiscoveryQuery(Database database, String sql) {
        this.database = database;
        this.sql = sql;
    }

    public Database database() {
        return database;
    }

    public String sql() {
        return sql;
    }

    /** The name of the query's rows in a collected JSON document, e.g. {@code object_parameters}. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
