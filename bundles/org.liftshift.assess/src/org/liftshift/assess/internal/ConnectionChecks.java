package org.liftshift.assess.internal;

import java.util.Locale;
import java.util.Map;

import org.liftshift.assess.PackageRule;
import org.liftshift.model.connections.ConnectionStringPairs;
import org.liftshift.model.estate.AuthenticationKind;
import org.liftshift.model.estate.ConnectionManager;
import org.liftshift.model.estate.PropertyExpression;
import org.liftshift.model.plan.DesignChange;

/** The rules about one connection manager: 1001-1007 and PKG-3 to PKG-6. */
final class ConnectionChecks {

    private ConnectionChecks() {
    }

    static void check(ConnectionManager manager, Findings findings) {
        String type = manager.getCreationName() == null ? "" : manager.getCreationName();
        Map<String, String> pairs = ConnectionStringPairs.parse(nullToEmpty(manager.getConnectionString()));
        host(manager, findings);
        path(manager, findings);
        if (manager.getAuthentication() == AuthenticationKind.WINDOWS) {
            findings.add(PackageRule.DMA_1003, manager, "Windows authentication: " + integratedSecurity(pairs));
        }
        provider(manager, type, findings);
        analysisServices(manager, type, findings);
        String variable = FilePaths.environmentVariable(manager.getConnectionString());
        variable = variable != null ? variable : FilePaths.environmentVariable(manager.getFilePath());
        if (variable != null) {
            findings.add(PackageRule.DMA_1006, manager, "Environment variable " + variable + " in the connection");
        }
        if (type.toUpperCase(Locale.ROOT).startsWith("ODATA")) {
            findings.add(PackageRule.PKG_5, manager, "OData connection manager (" + type + ")");
        }
        if (manager.getAuthentication() == AuthenticationKind.ENTRA_PASSWORD && usesManagedIdentity(manager, pairs)) {
            findings.add(PackageRule.PKG_6, manager, "Authentication=ActiveDirectoryPassword with ConnectUsingManagedIdentity=True");
        }
    }

    /** 1001 and PKG-3: the server the connection reaches. */
    private static void host(ConnectionManager manager, Findings findings) {
        String host = Hosts.of(manager.getServer());
        if (host == null || Hosts.isPlaceholder(host) || Hosts.isAzureEndpoint(host)) {
            return;
        }
        String evidence = "Server " + manager.getServer();
        if (Hosts.isLocal(host)) {
            // on the IR, the local machine is the IR node: the on-premises server is not there
            findings.add(PackageRule.DMA_1001, manager, evidence + " is the local machine, which on the IR is the IR node");
            return;
        }
        findings.add(PackageRule.DMA_1001, manager, evidence);
        if (!Hosts.isFullyQualified(host)) {
            findings.add(PackageRule.PKG_3, manager, evidence + ": '" + host + "' has no domain");
        }
    }

    /** 1002 and PKG-3: the file the connection reads or writes. */
    private static void path(ConnectionManager manager, Findings findings) {
        String path = manager.getFilePath();
        if (!FilePaths.isAbsoluteOrUnc(path)) {
            return;
        }
        boolean unc = FilePaths.isUnc(path);
        // a share on the network needs the network; a local drive needs the files moved
        findings.add(PackageRule.DMA_1002, PackageRule.DMA_1002.severity(),
                unc ? DesignChange.VNET_INJECTION : DesignChange.AZURE_FILES, manager, (unc ? "UNC path " : "Absolute path ") + path);
        String host = FilePaths.uncHost(path);
        if (host != null && !Hosts.isFullyQualified(host) && !Hosts.isPlaceholder(host)) {
            findings.add(PackageRule.PKG_3, manager, "UNC path " + path + ": '" + host + "' has no domain");
        }
    }

    /** 1004, 1007 and PKG-4: providers and drivers the IR may not have. */
    private static void provider(ConnectionManager manager, String type, Findings findings) {
        String provider = manager.getProvider();
        if (type.toUpperCase(Locale.ROOT).startsWith("ADO.NET:")) {
            String adoNet = type.substring("ADO.NET:".length()).split(",", 2)[0].strip();
            if (!BuiltIns.isBuiltInAdoNetProvider(adoNet)) {
                findings.add(PackageRule.PKG_4, manager, "ADO.NET provider " + adoNet);
            }
            return;
        }
        if (provider == null || provider.isBlank()) {
            return;
        }
        if (BuiltIns.isSnac(provider)) {
            findings.add(PackageRule.DMA_1007, manager, "Provider=" + provider);
        } else if (type.equalsIgnoreCase("ODBC") || provider.startsWith("{")) {
            if (!BuiltIns.isBuiltInOdbcDriver(provider)) {
                findings.add(PackageRule.DMA_1004, manager, "Driver=" + provider);
            }
        } else if (!BuiltIns.isBuiltInOleDbProvider(provider)) {
            findings.add(PackageRule.DMA_1004, manager, "Provider=" + provider);
        }
    }

    /** 1005: Azure Analysis Services with a user account, which may require MFA. */
    private static void analysisServices(ConnectionManager manager, String type, Findings findings) {
        boolean olap = type.toUpperCase(Locale.ROOT).startsWith("MSOLAP")
                || (manager.getProvider() != null && manager.getProvider().toUpperCase(Locale.ROOT).startsWith("MSOLAP"));
        String server = nullToEmpty(manager.getServer()).toLowerCase(Locale.ROOT);
        String user = nullToEmpty(manager.getUserName()).toLowerCase(Locale.ROOT);
        boolean servicePrincipal = user.startsWith("app:");
        if (olap && (server.startsWith("asazure://") || manager.getAuthentication() == AuthenticationKind.ENTRA_INTERACTIVE_MFA)
                && !servicePrincipal) {
            findings.add(PackageRule.DMA_1005, manager, "Analysis Services " + manager.getServer()
                    + (user.isEmpty() ? " with an interactive account" : " as user " + manager.getUserName()));
        }
    }

    private static boolean usesManagedIdentity(ConnectionManager manager, Map<String, String> pairs) {
        if ("true".equalsIgnoreCase(ConnectionStringPairs.first(pairs, "connectusingmanagedidentity"))) {
            return true;
        }
        for (PropertyExpression expression : manager.getExpressions()) {
            if ("ConnectUsingManagedIdentity".equalsIgnoreCase(expression.getProperty())) {
                return true;
            }
        }
        return false;
    }

    private static String integratedSecurity(Map<String, String> pairs) {
        String integrated = ConnectionStringPairs.first(pairs, "integrated security");
        String trusted = ConnectionStringPairs.first(pairs, "trusted_connection");
        return integrated != null ? "Integrated Security=" + integrated
                : trusted != null ? "Trusted_Connection=" + trusted : "integrated (the connection manager's login)";
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
