package org.liftshift.importer.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;


import org.junit.jupiter.api.Test;
import org.liftshift.testing.TestSecureStorage;
import org.junit.jupiter.api.io.TempDir;

/** Saved SQL Server passwords live encrypted in Eclipse secure storage and survive a restart. */
class ServerPasswordsTest {

    private static final char[] PASSWORD = "Zürich-Pa55;word'\"".toCharArray();

    @TempDir
    Path dir;

    @Test
    void aSavedPasswordIsFoundAgainAfterReopeningAndIsNotStoredInClear() throws Exception {
        Path file = dir.resolve("secure_storage");
        ServerPasswords.in(TestSecureStorage.open(file)).save("SQL01.corp.contoso.com\\ETL", "etl_reader", PASSWORD);

        ServerPasswords reopened = ServerPasswords.in(TestSecureStorage.open(file));

        assertThat(reopened.find("sql01.corp.contoso.com\\etl", "etl_reader")).hasValueSatisfying(p -> assertThat(p).isEqualTo(PASSWORD));
        assertThat(reopened.find("sql01.corp.contoso.com\\etl", "sa")).isEmpty();
        assertThat(reopened.find("sql02.corp.contoso.com", "etl_reader")).isEmpty();
        String stored = Files.readString(file, StandardCharsets.ISO_8859_1);
        assertThat(stored).contains("etl_reader").doesNotContain("Pa55").doesNotContain(new String(PASSWORD));
    }

    @Test
    void aServerNameWithASlashIsOneNodeAndForgettingRemovesThePassword() throws Exception {
        Path file = dir.resolve("secure_storage");
        ServerPasswords passwords = ServerPasswords.in(TestSecureStorage.open(file));
        passwords.save("tcp:sql01/etl", "etl_reader", PASSWORD);
        assertThat(passwords.find("tcp:sql01/etl", "etl_reader")).isPresent();

        passwords.forget("tcp:sql01/etl", "etl_reader");

        assertThat(ServerPasswords.in(TestSecureStorage.open(file)).find("tcp:sql01/etl", "etl_reader")).isEmpty();
        passwords.forget("never-saved", "nobody");
    }

    @Test
    void integratedAuthenticationHasNoPasswordToSave() throws Exception {
        ServerPasswords passwords = ServerPasswords.in(TestSecureStorage.open(dir.resolve("secure_storage")));

        assertThatThrownBy(() -> passwords.save("sql01", " ", PASSWORD)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("user name");
    }
}
