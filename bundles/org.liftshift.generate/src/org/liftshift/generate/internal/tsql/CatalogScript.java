package org.liftshift.generate.internal.tsql;

import static org.liftshift.generate.internal.text.TsqlText.identifier;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.liftshift.generate.KitFile;
import org.liftshift.model.estate.CatalogFolder;
import org.liftshift.model.estate.LoggingLevel;
import org.liftshift.model.estate.SsisCatalog;
import org.liftshift.model.navigation.DesignNavigation;
import org.liftshift.model.plan.FolderMapping;
import org.liftshift.model.plan.MigrationPlan;
import org.liftshift.model.target.AzureSsisIntegrationRuntime;
import org.liftshift.model.target.FailoverGroup;
import org.liftshift.model.target.ManagedInstance;
import org.liftshift.model.target.SqlHost;

/**
 * The kit's SSISDB configuration per catalog host (OPS-1): retention window, operation and version
 * clean-up and server logging level through {@code catalog.configure_catalog}, taken from the
 * on-premises catalog whose folders move there. On a Managed Instance it also creates an Agent job
 * that runs the log clean-up daily, on both sides of a failover group but acting only where SSISDB
 * is writable. SQL Database has no Agent: its clean-up is scheduled with elastic jobs or ADF.
 */
public final class CatalogScript {

    public static final String FILE = "10-ssisdb-catalog.sql";
    static final String CLEANUP_JOB = "Liftshift - SSISDB log clean-up";

    /** SSISDB's own defaults, used when no on-premises catalog moves to the host. */
    private static final int DEFAULT_RETENTION_DAYS = 365;
    private static final int DEFAULT_MAX_PROJECT_VERSIONS = 10;

    private CatalogScript() {
    }

    public static List<KitFile> files(MigrationPlan plan) {
        Map<SqlHost, Set<SsisCatalog>> sources = new LinkedHashMap<>();
        for (AzureSsisIntegrationRuntime runtime : DesignNavigation.runtimes(plan)) {
            if (runtime.getCatalog() != null && runtime.getCatalog().getHost() != null) {
                sources.computeIfAbsent(runtime.getCatalog().getHost(), host -> new LinkedHashSet<>())
                        .addAll(sourceCatalogs(plan, runtime));
            }
        }
        List<KitFile> files = new ArrayList<>();
        Set<SqlHost> cleanupHosts = new LinkedHashSet<>();
        sources.forEach((host, catalogs) -> {
            SsisCatalog source = catalogs.isEmpty() ? null : catalogs.iterator().next();
            files.add(new KitFile(TsqlFiles.path(host.getName(), FILE),
                    "Configures SSISDB on " + host.getName() + " (retention, clean-up, logging level; OPS-1)"
                            + (host instanceof ManagedInstance ? " and its daily log clean-up job." : "."),
                    script(host, source, catalogs.size())));
            if (host instanceof ManagedInstance) {
                for (FailoverGroup group : BcdrInstances.failoverGroupsOf(plan, host)) {
                    if (group.getSecondary() instanceof ManagedInstance secondary) {
                        cleanupHosts.add(secondary);
                    }
                }
            }
        });
        for (SqlHost secondary : cleanupHosts) {
            if (!sources.containsKey(secondary)) {
                ManagedInstance mi = (ManagedInstance) secondary;
                files.add(new KitFile(TsqlFiles.path(mi.getName(), FILE),
                        "Creates on geo-secondary " + mi.getName() + " the SSISDB log clean-up job, which acts after failover.",
                        TsqlFiles.header("SSISDB log clean-up job on geo-secondary " + mi.getName(), TsqlFiles.host(mi),
                                "SSISDB settings replicate from the primary; Agent jobs do not, so the job is created here too.")
                                + cleanupJob()));
            }
        }
        return files;
    }

    /** The on-premises catalogs whose folders the plan maps to the runtime. */
    private static List<SsisCatalog> sourceCatalogs(MigrationPlan plan, AzureSsisIntegrationRuntime runtime) {
        List<SsisCatalog> catalogs = new ArrayList<>();
        for (FolderMapping mapping : plan.getFolderMappings()) {
            CatalogFolder folder = mapping.getSourceFolder();
            if (mapping.getRuntime() == runtime && folder != null && folder.eContainer() instanceof SsisCatalog catalog
                    && !catalogs.contains(catalog)) {
                catalogs.add(catalog);
            }
        }
        return catalogs;
    }

    private static String script(SqlHost host, SsisCatalog source, int sourceCount) {
        boolean managedInstance = host instanceof ManagedInstance;
        String server = TsqlFiles.host(host);
        StringBuilder sql = new StringBuilder(TsqlFiles.header("SSISDB configuration on " + host.getName(), server,
                managedInstance ? "Run after the integration runtime has created SSISDB."
                        : "Connect to the SSISDB database (sqlcmd -d SSISDB): SQL Database has no USE across databases.",
                source == null ? "No on-premises catalog moves here: SSISDB's defaults are applied."
                        : "Values from the on-premises catalog" + (sourceCount > 1 ? " of the first of " + sourceCount + " sources" : "")
                                + ". Its encryption algorithm can only change in single-user mode and is left as is."));
        if (managedInstance) {
            sql.append("USE ").append(identifier("SSISDB")).append(";\nGO\n");
        }
        int retention = source == null || source.getRetentionWindowDays() == 0 ? DEFAULT_RETENTION_DAYS : source.getRetentionWindowDays();
        boolean cleanup = source == null || source.isCleanupEnabled();
        int versions = source == null || source.getMaxProjectVersions() <= 0 ? DEFAULT_MAX_PROJECT_VERSIONS : source.getMaxProjectVersions();
        boolean versionCleanup = source == null || source.isVersionCleanupEnabled();
        LoggingLevel logging = source == null ? LoggingLevel.BASIC : source.getServerLoggingLevel();
        sql.append(configure("OPERATION_CLEANUP_ENABLED", cleanup ? "TRUE" : "FALSE"));
        sql.append(configure("RETENTION_WINDOW", Integer.toString(retention)));
        sql.append(configure("VERSION_CLEANUP_ENABLED", versionCleanup ? "TRUE" : "FALSE"));
        sql.append(configure("MAX_PROJECT_VERSIONS", Integer.toString(versions)));
        sql.append(configure("SERVER_LOGGING_LEVEL", Integer.toString(logging.getValue())));
        sql.append("GO\n");
        if (managedInstance) {
            sql.append('\n').append(cleanupJob());
        }
        return sql.toString();
    }

    private static String configure(String property, String value) {
        return "EXEC [catalog].[configure_catalog] @property_name = N'" + property + "', @property_value = N'" + value + "';\n";
    }

    /**
     * The daily clean-up job. On a geo-secondary SSISDB is read-only, so the step does nothing there
     * until a failover makes it primary.
     */
    static String cleanupJob() {
        return "USE " + identifier("msdb") + ";\nGO\n"
                + new AgentJobSql(CLEANUP_JOB, true,
                        "Removes SSISDB operation records outside the retention window and old project versions (OPS-1).",
                        null, null)
                        .step(1, "Operation records outside the retention window", "TSQL",
                                onPrimary("cleanup_server_retention_window_exclusive"), "msdb", AgentJobSql.GO_TO_NEXT_STEP,
                                AgentJobSql.GO_TO_NEXT_STEP, 3, 3)
                        .step(2, "Project versions beyond the maximum", "TSQL", onPrimary("cleanup_server_project_version"), "msdb",
                                AgentJobSql.QUIT_WITH_SUCCESS, AgentJobSql.QUIT_WITH_FAILURE, 3, 3)
                        .schedule(JobSchedule.daily("Liftshift - daily at 00:30", 3000)).render();
    }

    /** Runs an SSISDB maintenance procedure unless SSISDB is missing or a read-only geo-secondary. */
    private static String onPrimary(String procedure) {
        return """
                IF DB_ID(N'SSISDB') IS NOT NULL
                    AND NOT EXISTS (SELECT 1 FROM [SSISDB].[sys].[dm_geo_replication_link_status] WHERE role_desc = N'SECONDARY')
                    EXEC [SSISDB].[internal].[%s];
                """.formatted(procedure);
    }
}
