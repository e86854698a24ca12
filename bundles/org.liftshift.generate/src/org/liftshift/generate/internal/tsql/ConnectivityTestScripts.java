package org.liftshift.generate.internal.tsql;

import static org.liftshift.generate.internal.text.PowerShellText.quote;
import static org.liftshift.generate.internal.text.TsqlText.declare;
import static org.liftshift.generate.internal.text.TsqlText.identifier;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.liftshift.generate.KitFile;
import org.liftshift.generate.internal.text.FileNames;
import org.liftshift.model.estate.SqlServerInstance;
import org.liftshift.model.navigation.DesignNavigation;
import org.liftshift.model.plan.FolderMapping;
import org.liftshift.model.plan.MigrationPlan;
import org.liftshift.model.target.ManagedInstance;

/**
 * Connectivity tests between each on-premises SQL Server and the Managed Instance its catalog moves
 * to (OPS-4, seed 004): SQL Agent jobs that run {@code Test-NetConnection} to port 5022 and the
 * HADR port in both directions, report the result, and scripts that remove the jobs afterwards.
 * The instance-specific node name and HADR port are only known to the Managed Instance, so its
 * script prints them for the SQL Server script, which takes them as sqlcmd variables.
 */
public final class ConnectivityTestScripts {

    public static final String TEST_FILE_PREFIX = "70-test-connectivity-to-";
    public static final String CLEANUP_FILE = "79-remove-connectivity-tests.sql";
    static final String JOB_PREFIX = "Liftshift - test connectivity to ";

    private ConnectivityTestScripts() {
    }

    public static List<KitFile> files(MigrationPlan plan) {
        Map<SqlServerInstance, Set<ManagedInstance>> pairs = new LinkedHashMap<>();
        for (FolderMapping mapping : plan.getFolderMappings()) {
            SqlServerInstance source = mapping.getSourceFolder() == null ? null
                    : DesignNavigation.ancestor(mapping.getSourceFolder(), SqlServerInstance.class);
            if (source != null && mapping.getRuntime() != null && mapping.getRuntime().getCatalog() != null
                    && mapping.getRuntime().getCatalog().getHost() instanceof ManagedInstance mi) {
                pairs.computeIfAbsent(source, s -> new LinkedHashSet<>()).add(mi);
            }
        }
        List<KitFile> files = new ArrayList<>();
        Map<ManagedInstance, List<String>> jobsOnInstances = new LinkedHashMap<>();
        pairs.forEach((source, instances) -> {
            List<String> jobs = new ArrayList<>();
            for (ManagedInstance mi : instances) {
                files.add(new KitFile(TsqlFiles.path(mi.getName(), TEST_FILE_PREFIX + FileNames.safe(source.getName()) + ".sql"),
                        "OPS-4: tests from " + mi.getName() + " to " + source.getName()
                                + " on port 5022 and prints the values the SQL Server test needs; run it first.",
                        fromManagedInstance(mi, source)));
                jobsOnInstances.computeIfAbsent(mi, m -> new ArrayList<>()).add(JOB_PREFIX + source.getName());
                files.add(new KitFile(TsqlFiles.path(source.getName(), TEST_FILE_PREFIX + FileNames.safe(mi.getName()) + ".sql"),
                        "OPS-4: tests from " + source.getName() + " to " + mi.getName() + " on port 5022 and its HADR port.",
                        fromSqlServer(source, mi)));
                jobs.add(JOB_PREFIX + mi.getName());
            }
            files.add(new KitFile(TsqlFiles.path(source.getName(), CLEANUP_FILE),
                    "Removes the connectivity test jobs from " + source.getName() + ".", cleanup(source.getName(), jobs)));
        });
        jobsOnInstances.forEach((mi, jobs) -> files.add(new KitFile(TsqlFiles.path(mi.getName(), CLEANUP_FILE),
                "Removes the connectivity test jobs from " + mi.getName() + ".", cleanup(TsqlFiles.host(mi), jobs))));
        return files;
    }

    /** The host part of an instance name: {@code SERVER\INSTANCE} is reached at SERVER. */
    private static String hostOf(SqlServerInstance instance) {
        String name = instance.getName();
        int backslash = name.indexOf('\\');
        return backslash < 0 ? name : name.substring(0, backslash);
    }

    private static String fromManagedInstance(ManagedInstance mi, SqlServerInstance source) {
        String job = JOB_PREFIX + source.getName();
        String probe = "Test-NetConnection -ComputerName " + quote(hostOf(source))
                + " -Port 5022 | Select-Object ComputerName, RemoteAddress, TcpTestSucceeded | Format-List";
        return TsqlFiles.header("connectivity test from " + mi.getName() + " to " + source.getName() + " (OPS-4)",
                TsqlFiles.host(mi),
                "SQL Server must listen on 5022 (a database mirroring endpoint, see seed 004) for the test to succeed.",
                "The first result set holds the -v values for the test on " + source.getName() + ".")
                + "USE " + identifier("master") + ";\nGO\n"
                + PARAMETERS_QUERY
                + "USE " + identifier("msdb") + ";\nGO\n"
                + new AgentJobSql(job, true, "Tests the network path to " + source.getName() + " on port 5022 (OPS-4).", null, null)
                        .step(1, "Test port 5022", "PowerShell", probe, "master", AgentJobSql.QUIT_WITH_SUCCESS,
                                AgentJobSql.QUIT_WITH_FAILURE, 0, 0)
                        .render()
                + runAndReport(job);
    }

    private static String fromSqlServer(SqlServerInstance source, ManagedInstance mi) {
        String job = JOB_PREFIX + mi.getName();
        String hostProbe = "Test-NetConnection -ComputerName " + quote(TsqlFiles.host(mi))
                + " -Port 5022 | Select-Object ComputerName, RemoteAddress, TcpTestSucceeded | Format-List";
        String batch = declare("@node", "") + "\n"
                + "SET @node = N'$(MiNode)';\n"
                + "DECLARE @hadr_probe nvarchar(max) = N'Test-NetConnection -ComputerName ''' + REPLACE(@node, N'''', N'''''')"
                + " + N''' -Port ' + CONVERT(nvarchar(10), CONVERT(int, N'$(MiHadrPort)'))"
                + " + N' | Select-Object ComputerName, RemoteAddress, TcpTestSucceeded | Format-List';\n";
        String jobSql = new AgentJobSql(job, true, "Tests the network path to " + mi.getName() + " on 5022 and its HADR port (OPS-4).",
                null, null)
                .step(1, "Test port 5022", "PowerShell", hostProbe, "master", AgentJobSql.GO_TO_NEXT_STEP, AgentJobSql.GO_TO_NEXT_STEP,
                        0, 0)
                .stepFromVariable(2, "Test the HADR port", "PowerShell", "@hadr_probe", "master", AgentJobSql.QUIT_WITH_SUCCESS,
                        AgentJobSql.QUIT_WITH_FAILURE)
                .render();
        return TsqlFiles.header("connectivity test from " + source.getName() + " to " + mi.getName() + " (OPS-4)",
                source.getName(),
                "Run " + TEST_FILE_PREFIX + FileNames.safe(source.getName()) + ".sql on the Managed Instance first: it prints the values",
                "to pass here as sqlcmd -v MiNode=\"...\" MiHadrPort=\"...\" (in SSMS SQLCMD mode, :setvar lines).",
                "They can change after a failover: get them again before each test.")
                + "USE " + identifier("msdb") + ";\nGO\n" + batch + jobSql + runAndReport(job);
    }

    /** Starts the job, waits up to two minutes for it and shows each step's output. */
    private static String runAndReport(String job) {
        return declare("@job_name", job) + "\n"
                + "DECLARE @started datetime = GETDATE();\n"
                + "EXEC msdb.dbo.sp_start_job @job_name = @job_name;\n"
                + "WHILE NOT EXISTS (SELECT 1 FROM msdb.dbo.sysjobhistory AS h JOIN msdb.dbo.sysjobs AS j ON j.job_id = h.job_id\n"
                + "        WHERE j.name = @job_name AND h.step_id = 0\n"
                + "        AND msdb.dbo.agent_datetime(h.run_date, h.run_time) >= DATEADD(second, -1, @started))\n"
                + "    AND DATEDIFF(second, @started, GETDATE()) < 120\n"
                + "    WAITFOR DELAY '00:00:05';\n"
                + "SELECT h.step_name, h.run_status, h.message\n"
                + "FROM msdb.dbo.sysjobhistory AS h JOIN msdb.dbo.sysjobs AS j ON j.job_id = h.job_id\n"
                + "WHERE j.name = @job_name AND h.step_id <> 0\n"
                + "ORDER BY h.instance_id;\nGO\n";
    }

    private static String cleanup(String server, List<String> jobs) {
        StringBuilder sql = new StringBuilder(TsqlFiles.header("removes the connectivity test jobs (OPS-4)", server));
        sql.append("USE ").append(identifier("msdb")).append(";\nGO\n");
        for (String job : jobs) {
            sql.append(AgentJobSql.drop(job));
        }
        return sql.toString();
    }

    /** Seed 004's query for the values the SQL Server side needs, as sqlcmd -v arguments. */
    private static final String PARAMETERS_QUERY = """
            SELECT N'MiNode="' + t1.NodeName + N'.' + t2.Cluster + N'"' AS sqlcmd_variable
            FROM (
                SELECT SUBSTRING(fr.replica_address, 0, CHARINDEX(N'\\', fr.replica_address)) AS NodeName,
                    RIGHT(fp.service_name, CHARINDEX(N'/', REVERSE(fp.service_name)) - 1) AS AppName, 1 AS JoinCol
                FROM sys.dm_hadr_fabric_partitions AS fp
                JOIN sys.dm_hadr_fabric_replicas AS fr ON fp.partition_id = fr.partition_id
                JOIN sys.dm_hadr_fabric_nodes AS fn ON fr.node_name = fn.node_name
                WHERE fp.service_name LIKE N'%ManagedServer%' AND fr.replica_role = 2
            ) AS t1
            LEFT JOIN (
                SELECT value AS Cluster, 1 AS JoinCol FROM sys.dm_hadr_fabric_config_parameters WHERE parameter_name = N'ClusterName'
            ) AS t2 ON t1.JoinCol = t2.JoinCol
            JOIN (
                SELECT value AS AppName FROM sys.dm_hadr_fabric_config_parameters
                WHERE section_name = N'SQL' AND parameter_name = N'InstanceName'
            ) AS t3 ON t1.AppName = t3.AppName
            UNION ALL
            SELECT N'MiHadrPort="' + value + N'"' FROM sys.dm_hadr_fabric_config_parameters WHERE parameter_name = N'HadrPort';
            GO
            """;
}
