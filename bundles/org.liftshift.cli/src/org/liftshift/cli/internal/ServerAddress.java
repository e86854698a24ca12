package org.liftshift.cli.internal;

import java.util.Locale;

import org.liftshift.azure.sql.SqlAuthentication;
import org.liftshift.azure.sql.SqlServerConnectionUrl;

/**
 * A {@code jdbc:sqlserver://host[\instance][:port][;property=value...]} argument, turned into the
 * read-only, encrypted URL Liftshift connects with. Only the server, port and instance are taken from
 * it; a password in it is refused, because a command line is visible to every user of the machine.
 */
record ServerAddress(String host, int port) {

    static final String PREFIX = "jdbc:sqlserver://";

    static boolean is(String input) {
        return input.regionMatches(true, 0, PREFIX, 0, PREFIX.length());
    }

    static ServerAddress parse(String input) {
        String rest = input.substring(PREFIX.length());
        if (rest.toLowerCase(Locale.ROOT).matches("(?s).*;\\s*password\\s*=.*")) {
            throw new IllegalArgumentException("the URL holds a password; give it in LIFTSHIFT_SQL_PASSWORD or at the prompt instead");
        }
        String server = rest.split(";", 2)[0];
        int port = SqlServerConnectionUrl.DEFAULT_PORT;
        int colon = server.lastIndexOf(':');
        if (colon > 0) {
            try {
                port = Integer.parseInt(server.substring(colon + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + server.substring(colon + 1) + "' is not a port number");
            }
            server = server.substring(0, colon);
        }
        if (server.isBlank()) {
            throw new IllegalArgumentException("the URL names no server, e.g. jdbc:sqlserver://sql01.corp.contoso.com:1433");
        }
        return new ServerAddress(server, port);
    }

    /** The authentication named by {@code --authentication}; SQL logins by default. */
    static SqlAuthentication authentication(String name) {
        if (name == null) {
            return SqlAuthentication.SQL_PASSWORD;
        }
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "sql" -> SqlAuthentication.SQL_PASSWORD;
            case "windows" -> SqlAuthentication.WINDOWS_INTEGRATED;
            case "entra-password" -> SqlAuthentication.ENTRA_PASSWORD;
            case "entra-interactive" -> SqlAuthentication.ENTRA_INTERACTIVE;
            case "entra-managed-identity" -> SqlAuthentication.ENTRA_MANAGED_IDENTITY;
            case "entra-default" -> SqlAuthentication.ENTRA_DEFAULT;
            default -> throw new IllegalArgumentException("unknown authentication '" + name
                    + "'; use sql, windows, entra-password, entra-interactive, entra-managed-identity or entra-default");
        };
    }

    /** Whether the authentication needs a password from the user. */
    static boolean needsPassword(SqlAuthentication authentication) {
        return authentication == SqlAuthentication.SQL_PASSWORD || authentication == SqlAuthentication.ENTRA_PASSWORD;
    }

    SqlServerConnectionUrl url(SqlAuthentication authentication, String user, boolean trustServerCertificate) {
        return SqlServerConnectionUrl.forHost(host).port(port).authentication(authentication, user)
                .trustServerCertificate(trustServerCertificate);
    }
}
