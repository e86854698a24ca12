package org.liftshift.azure.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.microsoft.sqlserver.jdbc.SQLServerDriver;

/** URLs built here are read back by the real mssql-jdbc driver, loaded in the OSGi runtime. */
class SqlServerConnectionUrlTest {

    @Test
    void defaultsAreEncryptedValidatedAndReadOnly() throws SQLException {
        String url = SqlServerConnectionUrl.forHost("sql01.contoso.local").toUrl();

        Map<String, String> parsed = parsedByDriver(url);
        assertThat(parsed).containsEntry("serverName", "sql01.contoso.local")
                .containsEntry("portNumber", "1433")
                .containsEntry("databaseName", "SSISDB");
        // the driver normalises keyword values (True, readonly): compare them as it does
        assertThat(parsed.get("encrypt")).isEqualToIgnoringCase("true");
        assertThat(parsed.get("trustServerCertificate")).isEqualToIgnoringCase("false");
        assertThat(parsed.get("applicationIntent")).isEqualToIgnoringCase("ReadOnly");
    }

    @ParameterizedTest
    @ValueSource(strings = { "msdb", "Data;Warehouse", "db=1", "{braces}", "a}}b", "Продажи 財務 'q' \"dq\"" })
    void hostileDatabaseNamesReachTheDriverExactly(String database) throws SQLException {
        String url = SqlServerConnectionUrl.forHost("sql01").database(database).toUrl();

        Map<String, String> parsed = parsedByDriver(url);
        assertThat(parsed).containsEntry("databaseName", database);
        assertThat(parsed.get("applicationIntent")).isEqualToIgnoringCase("ReadOnly");
    }

    @ParameterizedTest
    @EnumSource(SqlAuthentication.class)
    void everyAuthenticationModeIsUnderstoodByTheDriver(SqlAuthentication mode) throws SQLException {
        String url = SqlServerConnectionUrl.forHost("sqlmi-contoso.public.1a2b3c.database.windows.net")
                .port(3342)
                .authentication(mode, mode == SqlAuthentication.WINDOWS_INTEGRATED ? null : "architect@contoso.com")
                .toUrl();

        Map<String, String> parsed = parsedByDriver(url);
        assertThat(parsed).containsEntry("portNumber", "3342");
        if (mode == SqlAuthentication.WINDOWS_INTEGRATED) {
            assertThat(parsed.get("integratedSecurity")).isEqualToIgnoringCase("true");
        } else {
            assertThat(parsed.get("authentication")).isEqualToIgnoringCase(mode.jdbcKeyword());
            assertThat(parsed).containsEntry("user", "architect@contoso.com");
        }
        assertThat(url).doesNotContainIgnoringCase("password=");
    }

    @Test
    void trustingTheServerCertificateIsAnExplicitOption() throws SQLException {
        String url = SqlServerConnectionUrl.forHost("sql01").trustServerCertificate(true).toUrl();

        Map<String, String> parsed = parsedByDriver(url);
        assertThat(parsed.get("trustServerCertificate")).isEqualToIgnoringCase("true");
        assertThat(parsed.get("encrypt")).isEqualToIgnoringCase("true");
    }

    @Test
    void rejectsImpossibleInput() {
        assertThatThrownBy(() -> SqlServerConnectionUrl.forHost(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("host");
        assertThatThrownBy(() -> SqlServerConnectionUrl.forHost("sql01").port(70000))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("70000");
    }

    private static Map<String, String> parsedByDriver(String url) throws SQLException {
        SQLServerDriver driver = new SQLServerDriver();
        assertThat(driver.acceptsURL(url)).as("driver accepts %s", url).isTrue();
        Map<String, String> values = new HashMap<>();
        for (DriverPropertyInfo info : driver.getPropertyInfo(url, new Properties())) {
            if (info.value != null) {
                values.put(info.name, info.value);
            }
        }
        return values;
    }
}
