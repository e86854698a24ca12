package org.liftshift.importer.server;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

import org.liftshift.azure.sql.SqlServerConnectionUrl;

import com.microsoft.sqlserver.jdbc.SQLServerDriver;

/**
 * Connections to a live SQL Server through mssql-jdbc: {@code encrypt=true}, certificate validated
 * unless the user trusts it explicitly, {@code ApplicationIntent=ReadOnly}. The password is handed to
 * the driver in its connection properties for each connection and never becomes part of a URL.
 */
public final class JdbcConnections implements SqlConnections {

    private final SqlServerConnectionUrl url;
    private final char[] password;

    /**
     * @param url the server, port, authentication and trust settings; its database is replaced per query
     * @param password for SQL and Entra password authentication, or null
     */
    public JdbcConnections(SqlServerConnectionUrl url, char[] password) {
        this.url = url;
        this.password = password == null ? null : password.clone();
    }

    @Override
    public Connection open(DiscoveryQuery.Database database) throws SQLException {
        Properties properties = new Properties();
        if (password != null) {
            properties.setProperty("password", new String(password));
        }
        Connection connection = new SQLServerDriver().connect(url.database(database.sqlName()).toUrl(), properties);
        if (connection == null) {
            throw new SQLException("The SQL Server driver does not accept " + url);
        }
        return connection;
    }
}
