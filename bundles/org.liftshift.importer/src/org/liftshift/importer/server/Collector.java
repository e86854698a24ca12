package org.liftshift.importer.server;

/**
 * The collector script: T-SQL a DBA runs in SSMS or sqlcmd when the architect may not connect. It
 * runs every {@link DiscoveryQuery}, in the database the query names, with
 * {@code sp_executesql} of that database, and prints one JSON document ({@code FOR JSON}) that
 * {@code liftshift import collected.json} reads. It only reads; SSISDB may be absent.
 */
public final class Collector {

    private Collector() {
    }

    public static String script() {
        StringBuilder sql = new StringBuilder();
        sql.append("-- Liftshift collector: reads the SSIS catalog (SSISDB) and the Agent jobs (msdb) of this server.\n")
                .append("-- Read-only: SELECT statements only. Needs read access to SSISDB (ssis_admin or folder permissions)\n")
                .append("-- and msdb (SQLAgentReaderRole). Sensitive values are never selected.\n")
                .append("-- Run with: sqlcmd -S <server> -E -y 0 -h -1 -i liftshift-collect.sql -o collected.json\n")
                .append("-- (in SSMS: Results to Text, maximum characters unlimited; save the output as collected.json).\n")
                .append("SET NOCOUNT ON;\n");
        for (DiscoveryQuery query : DiscoveryQuery.values()) {
            sql.append("DECLARE @").append(query.key()).append(" nvarchar(max);\n");
        }
        for (DiscoveryQuery.Database database : DiscoveryQuery.Database.values()) {
            sql.append("IF DB_ID(N'").append(database.sqlName()).append("') IS NOT NULL\nBEGIN\n");
            for (DiscoveryQuery query : DiscoveryQuery.values()) {
                if (query.database() == database) {
                    sql.append("    EXEC ").append(database.sqlName()).append(".sys.sp_executesql N'SET @json = (")
                            .append(query.sql().replace("'", "''")).append(" FOR JSON PATH, INCLUDE_NULL_VALUES);',\n")
                            .append("        N'@json nvarchar(max) OUTPUT', @json = @").append(query.key()).append(" OUTPUT;\n");
                }
            }
            sql.append("END;\n");
        }
        sql.append("SELECT N'{\"").append(CollectedImport.FORMAT).append("\":1'");
        for (DiscoveryQuery query : DiscoveryQuery.values()) {
            // a query without rows gives NULL: written as an empty list; an absent database leaves the key out
            sql.append("\n    + CASE WHEN @").append(query.key()).append(" IS NULL AND DB_ID(N'").append(query.database().sqlName())
                    .append("') IS NULL THEN N'' ELSE N',\"").append(query.key()).append("\":' + COALESCE(@").append(query.key())
                    .append(", N'[]') END");
        }
        sql.append("\n    + N'}' AS liftshift_collection;\n");
        return sql.toString();
    }
}
