package org.liftshift.azure.sql;

/**
 * How a JDBC connection to SQL Server, Azure SQL Database or SQL Managed Instance authenticates.
 * The JDBC value is the driver's {@code authentication} keyword; Windows integrated security uses
 * {@code integratedSecurity=true} instead.
 */
public enum SqlAuthentication {
    /** SQL login; the password comes from secure storage at connect time, never from the URL. */
    SQL_PASSWORD("SqlPassword"),
    /** Windows integrated security (Kerberos or NTLM through the native library). */
    WINDOWS_INTEGRATED(null),
    /** Microsoft Entra, interactive sign-in in a browser. */
    ENTRA_INTERACTIVE("ActiveDirectoryInteractive"),
    /** Microsoft Entra user name and password. */
    ENTRA_PASSWORD("ActiveDirectoryPassword"),
    /** Microsoft Entra managed identity of the machine running Liftshift. */
    ENTRA_MANAGED_IDENTITY("ActiveDirectoryManagedIdentity"),
    /** Microsoft Entra default credential chain (environment, workload identity, CLI, ...). */
    ENTRA_DEFAULT("ActiveDirectoryDefault");

    private final String jdbcKeyword;

    SqlAuthentication(String jdbcKeyword) {
        this.jdbcKeyword = jdbcKeyword;
    }

    /** The driver's {@code authentication} value, or {@code null} for Windows integrated security. */
    public String jdbcKeyword() {
        return jdbcKeyword;
    }
}
