package org.liftshift.generate.internal.bcdr;

/**
 * The failover scenarios of Microsoft's "Configure the Azure-SSIS integration runtime with SQL
 * Database geo-replication and failover" (seed 002), by where SSISDB lives and which endpoint the
 * integration runtime uses.
 */
public enum FailoverScenario {
    MI_1_LISTENER("mi-1", "Managed Instance, IR on the read/write listener",
            "Stop the IR, move it to the new region, virtual network and custom setup, start it; the endpoint stays."),
    MI_2_PRIMARY_ENDPOINT("mi-2", "Managed Instance, IR on the primary server endpoint",
            "Stop the IR, point it at the new primary with its admin credential, new region and virtual network, start it."),
    MI_3_PUBLIC_ENDPOINT("mi-3", "Managed Instance public endpoint, IR without a virtual network",
            "Stop the IR, point it at the new primary's public endpoint in the new region, start it."),
    MI_4_ATTACH("mi-4", "Attach the existing SSISDB to a new data factory and IR",
            "Stop the IR, let SSISDB accept the new factory and IR, create them in the new region by PowerShell."),
    SQLDB_1_LISTENER("sqldb-1", "SQL Database, IR on the read/write listener",
            "Transparent to the IR; optionally stop it, move it to the new region and virtual network, start it."),
    SQLDB_2_PRIMARY_ENDPOINT("sqldb-2", "SQL Database, IR on the primary server endpoint",
            "Stop the IR, point it at the new primary with its admin credential, new region and virtual network, start it."),
    SQLDB_3_ATTACH("sqldb-3", "Attach the existing SSISDB to a new data factory and IR",
            "Stop the IR, let SSISDB accept the new factory and IR, create them in the new region by PowerShell.");

    private final String id;
    private final String title;
    private final String summary;

    FailoverScenario(String id, String title, String summary) {
        this.id = id;
        this.title = title;
        this.summary = summary;
    }

    /** Short id used in file names and the runbook, e.g. {@code mi-2}. */
    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }

    public boolean attaches() {
        return this == MI_4_ATTACH || this == SQLDB_3_ATTACH;
    }
}
