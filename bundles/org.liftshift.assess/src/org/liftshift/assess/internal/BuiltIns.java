package org.liftshift.assess.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the Azure-SSIS IR has without customisation, and what only its Enterprise edition has
 * (how-to-configure-azure-ssis-ir-enterprise-edition.md and the DMA rules).
 */
final class BuiltIns {

    /** OLE DB providers (prefixes, lower case) the IR has; SNAC is there but deprecated (1007). */
    private static final List<String> OLEDB_PROVIDERS = List.of("msoledbsql", "sqloledb", "sqlncli", "msolap",
            "microsoft.ace.oledb", "msdasql", "msdaora", "msdatashape", "adsdsoobject");

    /** ODBC drivers (lower case, without braces) the IR has. */
    private static final List<String> ODBC_DRIVERS = List.of("odbc driver 17 for sql server", "odbc driver 18 for sql server",
            "odbc driver 13 for sql server", "sql server");

    /** .NET Framework data providers. */
    private static final Set<String> ADO_NET_PROVIDERS = Set.of("system.data.sqlclient.sqlconnection",
            "system.data.oledb.oledbconnection", "system.data.odbc.odbcconnection",
            "system.data.oracleclient.oracleconnection", "microsoft.data.sqlclient.sqlconnection");

    /** Class names (lower case, parts) of components and tasks of the Enterprise edition. */
    private static final List<String> ENTERPRISE = List.of("fuzzylookup", "fuzzygrouping", "termextraction", "termlookup",
            "pxpipelinedmquery", "pxpipelineprocessdm", "pxpipelineprocessdimension", "pxpipelineprocesspartition",
            "datamining", "cdcsource", "cdcsplitter", "cdccontroltask", "cdcsrc", "cdcsplit", "ssisoraclesrc",
            "ssisoracledst", "oraclesource", "oracledestination", "terasrc", "teradest", "teradatasource",
            "teradatadestination", "sapbw");

    /** Connection manager types of the Enterprise edition. */
    private static final Set<String> ENTERPRISE_CONNECTIONS = Set.of("msora", "oracle", "teradata", "sapbi", "sapbw");

    /** Public key tokens of Microsoft's signed SSIS and .NET assemblies. */
    private static final Set<String> MICROSOFT_KEYS = Set.of("89845dcd8080cc91", "b77a5c561934e089", "31bf3856ad364e35",
            "b03f5f7f11d50a3a");

    private BuiltIns() {
    }

    static boolean isBuiltInOleDbProvider(String provider) {
        String lower = provider.toLowerCase(Locale.ROOT);
        return OLEDB_PROVIDERS.stream().anyMatch(lower::startsWith);
    }

    static boolean isSnac(String provider) {
        return provider.toLowerCase(Locale.ROOT).startsWith("sqlncli");
    }

    static boolean isBuiltInOdbcDriver(String driver) {
        return ODBC_DRIVERS.contains(driver.replaceAll("[{}]", "").strip().toLowerCase(Locale.ROOT));
    }

    static boolean isBuiltInAdoNetProvider(String provider) {
        return ADO_NET_PROVIDERS.contains(provider.strip().toLowerCase(Locale.ROOT));
    }

    static boolean isEnterpriseOnly(String className) {
        String lower = className.toLowerCase(Locale.ROOT).replace(" ", "");
        return ENTERPRISE.stream().anyMatch(lower::contains);
    }

    static boolean isEnterpriseConnection(String creationName) {
        return ENTERPRISE_CONNECTIONS.contains(creationName.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether an assembly-qualified type name ({@code Type, Assembly, Version=..., PublicKeyToken=...})
     * comes from someone other than Microsoft. Unqualified names are SSIS's own task names.
     */
    static boolean isThirdPartyType(String creationName) {
        if (creationName == null || !creationName.contains(",")) {
            return false;
        }
        String lower = creationName.toLowerCase(Locale.ROOT);
        int token = lower.indexOf("publickeytoken=");
        if (token < 0) {
            return !lower.startsWith("microsoft.");
        }
        String key = lower.substring(token + "publickeytoken=".length()).split("[,\\s]", 2)[0];
        return !MICROSOFT_KEYS.contains(key);
    }

    /** Log providers that ship with SSIS. */
    static boolean isBuiltInLogProvider(String creationName) {
        String lower = creationName.toLowerCase(Locale.ROOT);
        return lower.contains("logprovider") && (lower.contains("sqlserver") || lower.contains("textfile")
                || lower.contains("eventlog") || lower.contains("xmlfile") || lower.contains("sqlprofiler"));
    }
}
