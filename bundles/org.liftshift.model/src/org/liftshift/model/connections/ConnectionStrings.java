package org.liftshift.model.connections;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.liftshift.model.estate.AuthenticationKind;
import org.liftshift.model.estate.ConnectionManager;
import org.liftshift.model.secrets.ConnectionStringSecrets;

/**
 * Reads what the assessment needs from a connection manager's connection string: server,
 * database, provider, authentication, user, file path; and keeps the string without its secrets.
 */
public final class ConnectionStrings {

    private static final Set<String> FILE_TYPES = Set.of("FILE", "FLATFILE", "MULTIFILE", "MULTIFLATFILE");

    private ConnectionStrings() {
    }

    /** Sets the fields of {@code manager} that its creation name and {@code connectionString} give. */
    public static void apply(ConnectionManager manager, String connectionString) {
        if (connectionString == null || connectionString.isEmpty()) {
            return;
        }
        String type = manager.getCreationName() == null ? "" : manager.getCreationName().toUpperCase(Locale.ROOT);
        if (FILE_TYPES.contains(type) || !connectionString.contains("=")) {
            manager.setFilePath(connectionString);
            manager.setConnectionString(connectionString);
            return;
        }
        Map<String, String> pairs = ConnectionStringPairs.parse(connectionString);
        manager.setConnectionString(withoutSecrets(pairs));
        String dataSource = ConnectionStringPairs.first(pairs, "data source", "server", "address", "addr", "network address", "host", "dsn");
        if (type.equals("EXCEL") || type.startsWith("FILE") || looksLikePath(dataSource)) {
            manager.setFilePath(dataSource);
        } else {
            manager.setServer(dataSource);
        }
        manager.setDatabase(ConnectionStringPairs.first(pairs, "initial catalog", "database"));
        String provider = ConnectionStringPairs.first(pairs, "provider", "driver");
        if (provider == null && type.startsWith("ADO.NET:")) {
            provider = manager.getCreationName().substring("ADO.NET:".length()).split(",")[0].trim();
        }
        manager.setProvider(provider);
        manager.setUserName(ConnectionStringPairs.first(pairs, "user id", "uid", "user"));
        manager.setAuthentication(authentication(pairs));
    }

    /** {@code connectionString} without its passwords and keys; a value that is not key=value pairs is returned as it is. */
    public static String withoutSecrets(String connectionString) {
        return connectionString == null || !connectionString.contains("=") ? connectionString
                : withoutSecrets(ConnectionStringPairs.parse(connectionString));
    }

    private static String withoutSecrets(Map<String, String> pairs) {
        StringBuilder out = new StringBuilder();
        pairs.forEach((key, value) -> {
            if (!ConnectionStringSecrets.isSecretKey(key)) {
                out.append(key).append('=').append(value.contains(";") ? '"' + value + '"' : value).append(';');
            }
        });
        return out.toString();
    }

    private static AuthenticationKind authentication(Map<String, String> pairs) {
        String authentication = ConnectionStringPairs.first(pairs, "authentication");
        if (authentication != null) {
            String mode = authentication.toLowerCase(Locale.ROOT).replace(" ", "");
            if (mode.contains("managedidentity") || mode.contains("msi")) {
                return AuthenticationKind.ENTRA_MANAGED_IDENTITY;
            } else if (mode.contains("serviceprincipal")) {
                return AuthenticationKind.ENTRA_SERVICE_PRINCIPAL;
            } else if (mode.contains("interactive")) {
                return AuthenticationKind.ENTRA_INTERACTIVE_MFA;
            } else if (mode.contains("integrated")) {
                return AuthenticationKind.ENTRA_INTEGRATED;
            } else if (mode.contains("sqlpassword")) {
                return AuthenticationKind.SQL;
            } else if (mode.contains("password")) {
                return AuthenticationKind.ENTRA_PASSWORD;
            }
        }
        String integrated = ConnectionStringPairs.first(pairs, "integrated security", "trusted_connection");
        if (integrated != null && Set.of("sspi", "true", "yes").contains(integrated.toLowerCase(Locale.ROOT))) {
            return AuthenticationKind.WINDOWS;
        }
        if (ConnectionStringPairs.first(pairs, "user id", "uid", "user") != null) {
            return AuthenticationKind.SQL;
        }
        return AuthenticationKind.UNKNOWN;
    }

    private static boolean looksLikePath(String value) {
        return value != null && (value.startsWith("\\\\") || value.matches("(?i)^[a-z]:\\\\.*") || value.startsWith("/"));
    }
}
