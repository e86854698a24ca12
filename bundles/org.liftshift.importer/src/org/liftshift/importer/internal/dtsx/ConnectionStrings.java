package org.liftshift.importer.internal.dtsx;

import java.util.LinkedHashMap;
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
        Map<String, String> pairs = parse(connectionString);
        manager.setConnectionString(withoutSecrets(pairs));
        String dataSource = first(pairs, "data source", "server", "address", "addr", "network address", "host", "dsn");
        if (type.equals("EXCEL") || type.startsWith("FILE") || looksLikePath(dataSource)) {
            manager.setFilePath(dataSource);
        } else {
            manager.setServer(dataSource);
        }
        manager.setDatabase(first(pairs, "initial catalog", "database"));
        String provider = first(pairs, "provider", "driver");
        if (provider == null && type.startsWith("ADO.NET:")) {
            provider = manager.getCreationName().substring("ADO.NET:".length()).split(",")[0].trim();
        }
        manager.setProvider(provider);
        manager.setUserName(first(pairs, "user id", "uid", "user"));
        manager.setAuthentication(authentication(pairs));
    }

    /** Key/value pairs with lower-case keys; values may be quoted with " or ' as ADO and OLE DB allow. */
    static Map<String, String> parse(String connectionString) {
        Map<String, String> pairs = new LinkedHashMap<>();
        int i = 0;
        int n = connectionString.length();
        while (i < n) {
            int equals = connectionString.indexOf('=', i);
            if (equals < 0) {
                break;
            }
            String key = connectionString.substring(i, equals).trim().toLowerCase(Locale.ROOT);
            int start = equals + 1;
            while (start < n && connectionString.charAt(start) == ' ') {
                start++;
            }
            String value;
            int next;
            if (start < n && (connectionString.charAt(start) == '"' || connectionString.charAt(start) == '\'')) {
                char quote = connectionString.charAt(start);
                int end = connectionString.indexOf(quote, start + 1);
                end = end < 0 ? n : end;
                value = connectionString.substring(start + 1, end);
                int semicolon = connectionString.indexOf(';', end);
                next = semicolon < 0 ? n : semicolon + 1;
            } else {
                int semicolon = connectionString.indexOf(';', start);
                int end = semicolon < 0 ? n : semicolon;
                value = connectionString.substring(start, end).trim();
                next = end + 1;
            }
            if (!key.isEmpty()) {
                pairs.put(key, value);
            }
            i = next;
        }
        return pairs;
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
        String authentication = first(pairs, "authentication");
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
        String integrated = first(pairs, "integrated security", "trusted_connection");
        if (integrated != null && Set.of("sspi", "true", "yes").contains(integrated.toLowerCase(Locale.ROOT))) {
            return AuthenticationKind.WINDOWS;
        }
        if (first(pairs, "user id", "uid", "user") != null) {
            return AuthenticationKind.SQL;
        }
        return AuthenticationKind.UNKNOWN;
    }

    private static boolean looksLikePath(String value) {
        return value != null && (value.startsWith("\\\\") || value.matches("(?i)^[a-z]:\\\\.*") || value.startsWith("/"));
    }

    private static String first(Map<String, String> pairs, String... keys) {
        for (String key : keys) {
            String value = pairs.get(key);
            if (value != null && !value.isEmpty()) {
                return value;
            }
        }
        return null;
    }
}
