package org.liftshift.validate.internal;

import static org.liftshift.model.navigation.DesignNavigation.hasText;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.liftshift.model.estate.AuthenticationKind;
import org.liftshift.model.estate.ConnectionManager;
import org.liftshift.model.estate.Project;
import org.liftshift.model.target.AzureSsisIntegrationRuntime;
import org.liftshift.model.target.ExpressSetupKind;
import org.liftshift.model.target.SecretReference;
import org.liftshift.model.target.SqlHost;
import org.liftshift.model.target.SsisCatalogDesign;
import org.liftshift.model.target.SsisDbAuthentication;
import org.liftshift.validate.DesignRule;

/** AUTH-1 to AUTH-3. */
final class AuthenticationChecks {

    private AuthenticationChecks() {
    }

    static List<Check> all() {
        return List.of(new SqlAdminCredential(), new EntraPrepared(), new WindowsAuthenticationHasCredential());
    }

    /** AUTH-1 */
    static final class SqlAdminCredential implements Check {
        @Override
        public void check(DesignIndex design, Findings findings) {
            for (AzureSsisIntegrationRuntime runtime : design.runtimes()) {
                SsisCatalogDesign catalog = runtime.getCatalog();
                if (catalog == null || catalog.getAuthentication() != SsisDbAuthentication.SQL) {
                    continue;
                }
                if (!hasText(catalog.getAdminUserName())) {
                    findings.error(DesignRule.AUTH_1, "SSISDB of IR " + Names.of(runtime) + " uses SQL authentication without"
                            + " an admin login.", catalog);
                }
                SecretReference password = catalog.getAdminPassword();
                if (password == null || !resolvable(password)) {
                    findings.error(DesignRule.AUTH_1, "SSISDB of IR " + Names.of(runtime) + " uses SQL authentication without"
                            + " a usable secret reference for the admin password.", catalog);
                }
            }
        }

        static boolean resolvable(SecretReference secret) {
            return switch (secret.getKind()) {
                case PROMPT -> true;
                case SECURE_STORAGE -> hasText(secret.getKey());
                case KEY_VAULT -> hasText(secret.getKey()) && secret.getKeyVault() != null;
            };
        }
    }

    /** AUTH-2 */
    static final class EntraPrepared implements Check {
        @Override
        public void check(DesignIndex design, Findings findings) {
            for (AzureSsisIntegrationRuntime runtime : design.runtimes()) {
                SsisCatalogDesign catalog = runtime.getCatalog();
                if (catalog == null || catalog.getAuthentication() != SsisDbAuthentication.ENTRA_MANAGED_IDENTITY
                        || catalog.getHost() == null) {
                    continue;
                }
                SqlHost host = catalog.getHost();
                if (!host.isEntraAuthenticationEnabled() || !hasText(host.getEntraAdmin())) {
                    findings.error(DesignRule.AUTH_2, "IR " + Names.of(runtime) + " authenticates to " + Names.of(host)
                            + " with the factory's managed identity, but the host has "
                            + (host.isEntraAuthenticationEnabled() ? "no Entra admin." : "Microsoft Entra authentication off."),
                            host, catalog);
                }
            }
        }
    }

    /** AUTH-3 */
    static final class WindowsAuthenticationHasCredential implements Check {
        @Override
        public void check(DesignIndex design, Findings findings) {
            for (AzureSsisIntegrationRuntime runtime : design.runtimes()) {
                boolean hasWay = runtime.getDataProxy() != null || runtime.getCustomSetup() != null
                        || runtime.getExpressSetups().stream().anyMatch(s -> s.getKind() == ExpressSetupKind.CMDKEY);
                if (hasWay) {
                    continue;
                }
                Set<Project> projects = Mappings.projectsOn(design.plan(), runtime);
                List<ConnectionManager> windows = new ArrayList<>();
                for (Project project : projects) {
                    collectWindows(project.getConnectionManagers(), windows);
                    project.getPackages().forEach(pkg -> collectWindows(pkg.getConnectionManagers(), windows));
                }
                if (!windows.isEmpty()) {
                    findings.warning(DesignRule.AUTH_3, windows.size() + " connection manager(s) moving to IR "
                            + Names.of(runtime) + " use Windows authentication, e.g. " + Names.of(windows.get(0))
                            + ", and the IR has no cmdkey setup, custom setup or self-hosted proxy.",
                            windows.get(0), runtime);
                }
            }
        }

        private static void collectWindows(List<ConnectionManager> managers, List<ConnectionManager> into) {
            for (ConnectionManager manager : managers) {
                if (manager.getAuthentication() == AuthenticationKind.WINDOWS) {
                    into.add(manager);
                }
            }
        }
    }
}
