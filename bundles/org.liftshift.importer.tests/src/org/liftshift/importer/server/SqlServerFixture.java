package org.liftshift.importer.server;

import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.h2.Driver;
import org.h2.util.JdbcUtils;
import org.h2.util.Utils;
import org.liftshift.testing.SharedMaterial;

import com.azure.json.JsonProviders;
import com.azure.json.JsonReader;

/**
 * A real database engine (H2 in SQL Server mode) holding the SSISDB views and msdb tables as the
 * sql-docs pages in {@code ../shared/reference/sql/} define them, one in-memory database each. It
 * records every statement the code under test sends.
 */
public final class SqlServerFixture implements SqlConnections, AutoCloseable {

    static {
        // H2 loads the Java functions behind CREATE ALIAS by name; in OSGi it needs this bundle's loader
        JdbcUtils.addClassFactory(new Utils.ClassFactory() {
            @Override
            public boolean match(String name) {
                return name.startsWith("org.liftshift.importer.server.");
            }

            @Override
            public Class<?> loadClass(String name) throws ClassNotFoundException {
                return Class.forName(name, true, SqlServerFixture.class.getClassLoader());
            }
        });
    }

    private final String id = UUID.randomUUID().toString().replace("-", "");
    private final Connection ssisdb;
    private final Connection msdb;
    private final List<String> executed = Collections.synchronizedList(new ArrayList<>());
    private boolean ssisdbMissing;

    SqlServerFixture() throws SQLException, IOException {
        ssisdb = connect(DiscoveryQuery.Database.SSISDB);
        msdb = connect(DiscoveryQuery.Database.MSDB);
        createDocumentedTables();
        exec(ssisdb, "CREATE SCHEMA internal");
        exec(ssisdb, "CREATE TABLE internal.project_binaries (folder_name VARCHAR(128), project_name VARCHAR(128), data VARBINARY)");
        exec(ssisdb, "CREATE ALIAS catalog.get_project FOR 'org.liftshift.importer.server.SqlServerFixture.getProject'");
        // not among the extracted pages: the columns of msdb.dbo.sysssispackages as SQL Server documents them
        exec(msdb, "CREATE TABLE dbo.sysssispackages (name VARCHAR(128), id UUID, description VARCHAR(1024), createdate TIMESTAMP, "
                + "folderid UUID, ownersid VARBINARY(85), packagedata VARBINARY, packageformat INT, packagetype INT, vermajor INT, "
                + "verminor INT, verbuild INT, vercomments VARCHAR(1024), verid UUID, isencrypted BOOLEAN, readrolesid VARBINARY(85), "
                + "writerolesid VARBINARY(85))");
        exec(msdb, "CREATE ALIAS SERVERPROPERTY FOR 'org.liftshift.importer.server.SqlServerFixture.serverProperty'");
        exec(msdb, "CREATE ALIAS SUSER_SNAME FOR 'org.liftshift.importer.server.SqlServerFixture.suserSname'");
    }

    /** SERVERPROPERTY as SQL Server answers it for the fixture's instance. */
    public static String serverProperty(String name) {
        return switch (name) {
            case "ServerName" -> "SQL01\\ETL";
            case "ProductVersion" -> "15.0.4382.1";
            case "Edition" -> "Enterprise Edition (64-bit)";
            default -> null;
        };
    }

    public static String suserSname(byte[] sid) {
        return sid == null ? null : "CONTOSO\\svc-etl";
    }

    /** catalog.get_project: the .ispac bytes of a deployed project. */
    public static byte[] getProject(Connection connection, String folder, String project) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT data FROM internal.project_binaries WHERE folder_name = ? AND project_name = ?")) {
            select.setString(1, folder);
            select.setString(2, project);
            try (ResultSet result = select.executeQuery()) {
                if (!result.next()) {
                    throw new SQLException("Cannot access the project '" + project + "'", "42000", 27109);
                }
                return result.getBytes(1);
            }
        }
    }

    void ssisdb(String sql, Object... arguments) throws SQLException {
        exec(ssisdb, sql, arguments);
    }

    void msdb(String sql, Object... arguments) throws SQLException {
        exec(msdb, sql, arguments);
    }

    /** Makes opening SSISDB fail as on a server without the SSIS catalog. */
    void withoutSsisdb() {
        ssisdbMissing = true;
    }

    /** Every statement the code under test prepared or executed, in order. */
    List<String> executed() {
        return List.copyOf(executed);
    }

    @Override
    public Connection open(DiscoveryQuery.Database database) throws SQLException {
        if (database == DiscoveryQuery.Database.SSISDB && ssisdbMissing) {
            throw new SQLException("Cannot open database \"SSISDB\" requested by the login. The login failed.", "S0001", 4060);
        }
        Connection connection = connect(database);
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { Connection.class },
                recording(connection));
    }

    private InvocationHandler recording(Connection connection) {
        return (proxy, method, arguments) -> {
            if (arguments != null && arguments.length > 0 && arguments[0] instanceof String sql
                    && method.getName().startsWith("prepare")) {
                executed.add(sql);
            }
            Object result = invoke(connection, method, arguments);
            if (result instanceof Statement statement && method.getName().equals("createStatement")) {
                return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { Statement.class }, (p, m, a) -> {
                    if (a != null && a.length > 0 && a[0] instanceof String sql && m.getName().startsWith("execute")) {
                        executed.add(sql);
                    }
                    return invoke(statement, m, a);
                });
            }
            return result;
        };
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] arguments) throws Throwable {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private Connection connect(DiscoveryQuery.Database database) throws SQLException {
        return new Driver().connect("jdbc:h2:mem:" + database.sqlName() + id + ";MODE=MSSQLServer;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE", new Properties());
    }

    @SuppressWarnings("unchecked")
    private void createDocumentedTables() throws IOException, SQLException {
        Path reference = SharedMaterial.file("reference/sql/sql-reference-extract.json");
        Map<String, Object> views;
        try (JsonReader json = JsonProviders.createReader(Files.readAllBytes(reference))) {
            json.nextToken();
            views = (Map<String, Object>) ((Map<String, Object>) json.readUntyped()).get("views_tables");
        }
        exec(ssisdb, "CREATE SCHEMA catalog");
        exec(msdb, "CREATE SCHEMA IF NOT EXISTS dbo");
        for (Map.Entry<String, Object> view : views.entrySet()) {
            List<String> columns = new ArrayList<>();
            for (Map<String, Object> column : (List<Map<String, Object>>) ((Map<String, Object>) view.getValue()).get("columns")) {
                columns.add(column.get("column") + " " + h2Type((String) column.get("type")));
            }
            Connection database = view.getKey().startsWith("catalog.") ? ssisdb : msdb;
            exec(database, "CREATE TABLE " + view.getKey() + " (" + String.join(", ", columns) + ")");
        }
    }

    /** The H2 type of a documented SQL Server type (the pages have a few typos, e.g. datatimeoffset). */
    static String h2Type(String documented) {
        String type = documented.toLowerCase(Locale.ROOT).replace(" ", "");
        if (type.startsWith("sysname")) {
            return "VARCHAR(128)";
        } else if (type.startsWith("nvarchar(max)") || type.equals("ntext")) {
            return "VARCHAR";
        } else if (type.startsWith("nvarchar")) {
            return type.substring(1).toUpperCase(Locale.ROOT);
        } else if (type.startsWith("char") || type.startsWith("varchar") || type.matches("(big|small|tiny)?int")) {
            return type.toUpperCase(Locale.ROOT);
        } else if (type.equals("bit")) {
            return "BOOLEAN";
        } else if (type.equals("uniqueidentifier")) {
            return "UUID";
        } else if (type.startsWith("varbinary")) {
            return "VARBINARY";
        } else if (type.startsWith("datetimeoffset") || type.startsWith("datatimeoffset")) {
            return "TIMESTAMP WITH TIME ZONE";
        } else if (type.equals("datetime")) {
            return "TIMESTAMP";
        } else if (type.equals("sql_variant")) {
            return "VARCHAR";
        }
        throw new IllegalArgumentException("No H2 type for the documented type " + documented);
    }

    private static void exec(Connection connection, String sql, Object... arguments) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < arguments.length; i++) {
                statement.setObject(i + 1, arguments[i]);
            }
            statement.execute();
        }
    }

    @Override
    public void close() throws SQLException {
        exec(ssisdb, "SHUTDOWN");
        exec(msdb, "SHUTDOWN");
    }
}
