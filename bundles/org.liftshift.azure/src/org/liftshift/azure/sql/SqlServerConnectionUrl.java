package org.liftshift.azure.sql;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Builds {@code jdbc:sqlserver://} URLs for read-only discovery of SSISDB and msdb.
 * <p>
 * Defaults are the safe ones: {@code encrypt=true}, the server certificate is validated, the
 * application intent is read-only. Property values are always brace-quoted, so server, database
 * and user names with {@code ;}, {@code =} or braces cannot inject further properties. A password is
 * never part of the URL: callers pass it in the {@link java.util.Properties} of
 * {@code Driver.connect}.
 */
public final class SqlServerConnectionUrl {

    /** Default port of the SQL Server database engine. */
    public static final int DEFAULT_PORT = 1433;

    private final String host;
    private int port = DEFAULT_PORT;
    private String database = "SSISDB";
    private SqlAuthentication authentication = SqlAuthentication.SQL_PASSWORD;
    private String user;
    private boolean trustServerCertificate;
    private int loginTimeoutSeconds = 30;

    private SqlServerConnectionUrl(String host) {
        this.host = requireText(host, "host");
    }

    /** Starts a URL for the given host name (or {@code host\instance}). */
    public static SqlServerConnectionUrl forHost(String host) {
        return new SqlServerConnectionUrl(host);
    }

    public SqlServerConnectionUrl port(int newPort) {
        if (newPort < 1 || newPort > 65535) {
            throw new IllegalArgumentException("Port must be between 1 and 65535, was " + newPort);
        }
        this.port = newPort;
        return this;
    }

    public SqlServerConnectionUrl database(String name) {
        this.database = requireText(name, "database");
        return this;
    }

    public SqlServerConnectionUrl authentication(SqlAuthentication mode, String userName) {
        this.authentication = Objects.requireNonNull(mode, "authentication");
        this.user = userName;
        return this;
    }

    /** Accepts any server certificate: an explicit opt-in for servers with self-signed certificates. */
    public SqlServerConnectionUrl trustServerCertificate(boolean trust) {
        this.trustServerCertificate = trust;
        return this;
    }

    public SqlServerConnectionUrl loginTimeoutSeconds(int seconds) {
        this.loginTimeoutSeconds = Math.max(0, seconds);
        return this;
    }

    /** The driver properties this URL carries, in the order they are written. */
    public Map<String, String> properties() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("serverName", host);
        properties.put("portNumber", Integer.toString(port));
        properties.put("databaseName", database);
        properties.put("encrypt", "true");
        properties.put("trustServerCertificate", Boolean.toString(trustServerCertificate));
        properties.put("applicationIntent", "ReadOnly");
        properties.put("applicationName", "Liftshift");
        properties.put("loginTimeout", Integer.toString(loginTimeoutSeconds));
        if (authentication == SqlAuthentication.WINDOWS_INTEGRATED) {
            properties.put("integratedSecurity", "true");
        } else {
            properties.put("authentication", authentication.jdbcKeyword());
        }
        if (user != null && !user.isEmpty()) {
            properties.put("user", user);
        }
        return properties;
    }

    /** The URL, e.g. {@code jdbc:sqlserver://;serverName={sql01};portNumber={1433};...}. */
    public String toUrl() {
        StringBuilder url = new StringBuilder("jdbc:sqlserver://");
        properties().forEach((key, value) -> url.append(';').append(key).append('=').append(braced(value)));
        return url.toString();
    }

    @Override
    public String toString() {
        return toUrl();
    }

    /** Quotes a value the way the driver's URL parser expects: in braces, a closing brace doubled. */
    static String braced(String value) {
        return '{' + value.replace("}", "}}") + '}';
    }

    private static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The " + what + " must not be empty");
        }
        return value;
    }
}
