package org.liftshift.azure.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.junit.jupiter.api.Test;
import org.liftshift.azure.arm.SecretValues;
import org.liftshift.model.navigation.DesignNavigation;
import org.liftshift.model.plan.MigrationPlan;
import org.liftshift.model.target.AzureSsisIntegrationRuntime;
import org.liftshift.model.target.KeyVault;
import org.liftshift.model.target.SecretKind;
import org.liftshift.model.target.SecretReference;
import org.liftshift.model.target.TargetFactory;
import org.liftshift.samples.Samples;
import org.liftshift.testing.TestSecureStorage;
import org.liftshift.testing.arm.LoopbackArm.Request;
import org.liftshift.testing.arm.LoopbackArm.Response;
import org.liftshift.testing.arm.LoopbackAzure;

/**
 * Secrets a deployment sends, read from where the design keeps them: Key Vault's data plane on a
 * loopback server, a secure storage file of the test's own, or asked for.
 */
class DeploymentSecretsTest extends LoopbackTestCase {


    private final List<String> scopes = new CopyOnWriteArrayList<>();
    private final List<String> asked = new ArrayList<>();
    private final SecretValues ask = (secret, purpose) -> {
        asked.add(purpose);
        return "typed " + purpose;
    };



    @Test
    void aKeyVaultSecretIsReadOnceWithATokenForKeyVault() {
        arm.on("GET", "/vault/kv-contoso-ssis/secrets/ssisdb-admin-password", Response.json(200,
                "{\"value\":\"P@ss 'w0rd' \\u00e9\\u00df\",\"id\":\"https://kv-contoso-ssis.vault.azure.net/secrets/ssisdb-admin-password/1\"}"));
        SecretValues values = new DeploymentSecrets(null, ask).through(connection());

        SecretReference secret = vaultSecret("kv-contoso-ssis", "ssisdb-admin-password");
        assertThat(values.valueOf(secret, "catalogAdminPassword")).isEqualTo("P@ss 'w0rd' éß");
        assertThat(values.valueOf(vaultSecret("kv-contoso-ssis", "ssisdb-admin-password"), "catalogAdminPassword"))
                .as("the same secret referred to again").isEqualTo("P@ss 'w0rd' éß");

        assertThat(arm.requests()).singleElement().satisfies(request -> {
            assertThat(request.method()).isEqualTo("GET");
            assertThat(request.query()).containsEntry("api-version", KeyVaultSecrets.API_VERSION);
            assertThat(request.headers()).containsEntry("authorization", "Bearer " + LoopbackAzure.TOKEN);
        });
        assertThat(scopes).containsOnly("https://vault.loopback.test/.default");
        assertThat(asked).isEmpty();
    }

    @Test
    void aSecretMissingFromTheVaultOrNotReadableNamesTheVaultAndTheFix() {
        arm.on("GET", "/vault/kv-a/secrets/.*", Response.json(404, "{\"error\":{\"code\":\"SecretNotFound\",\"message\":\"A secret with"
                + " (name/id) missing was not found in this key vault.\"}}"));
        arm.on("GET", "/vault/kv-b/secrets/.*", Response.json(403, "{\"error\":{\"code\":\"Forbidden\",\"message\":\"The user does not"
                + " have secrets get permission on key vault 'kv-b'.\"}}"));
        SecretValues values = new DeploymentSecrets(null, ask).through(connection());

        assertThatThrownBy(() -> values.valueOf(vaultSecret("kv-a", "missing"), "catalogAdminPassword"))
                .isInstanceOf(SecretUnavailableException.class).hasMessageContaining("There is no secret 'missing' of key vault 'kv-a'")
                .hasMessageContaining("Set-AzKeyVaultSecret -VaultName 'kv-a' -Name 'missing'");
        assertThatThrownBy(() -> values.valueOf(vaultSecret("kv-b", "pw"), "catalogAdminPassword"))
                .isInstanceOf(SecretUnavailableException.class).hasMessageContaining("does not have secrets get permission")
                .hasMessageContaining("Key Vault Secrets User");
        assertThat(asked).as("a vault secret is never asked for instead").isEmpty();
    }

    @Test
    void aVaultNameThatIsNotOneSendsNoRequestAndNoToken() {
        SecretValues values = new DeploymentSecrets(null, ask).through(connection());

        for (String hostile : List.of("evil.example/x#", "kv@evil.example", "a", "kv--double", "kv contoso")) {
            assertThatThrownBy(() -> values.valueOf(vaultSecret(hostile, "pw"), "catalogAdminPassword"))
                    .isInstanceOf(SecretUnavailableException.class).hasMessageContaining("is not a key vault name");
        }
        assertThat(arm.requests()).isEmpty();
        assertThat(scopes).as("no token was even asked for").isEmpty();
    }

    @Test
    void aSecretInSecureStorageIsReadAndOneNotThereYetIsAskedFor() throws Exception {
        ISecurePreferences storage = TestSecureStorage.open(work.resolve("secure_storage"));
        DeploymentSecrets.store(storage, "liftshift/contoso/ops/custom-setup-sas", "https://sa.blob.core.windows.net/setup?sv=1&sig=x");
        SecretValues values = new DeploymentSecrets(storage, ask).through(connection());

        assertThat(values.valueOf(storedSecret("liftshift/contoso/ops/custom-setup-sas"), "customSetupContainerSasUri"))
                .isEqualTo("https://sa.blob.core.windows.net/setup?sv=1&sig=x");
        assertThat(values.valueOf(storedSecret("liftshift/contoso/ops/fileserver-password"), "expressSetup1Password"))
                .isEqualTo("typed expressSetup1Password");
        SecretReference prompt = TargetFactory.eINSTANCE.createSecretReference();
        prompt.setKind(SecretKind.PROMPT);
        values.valueOf(prompt, "catalogAdminPassword");
        values.valueOf(prompt, "catalogAdminPassword");

        assertThat(asked).containsExactly("expressSetup1Password", "catalogAdminPassword");
        assertThat(arm.requests()).isEmpty();
        assertThat(DeploymentSecrets.stored(storage, "liftshift/contoso/ops/fileserver-password")).isEmpty();
    }

    @Test
    void everySecretIsReadBeforeTheFirstWriteSoThatAMissingOneChangesNothing() {
        MigrationPlan plan = Samples.CONTOSO.build();
        AzureSsisIntegrationRuntime vaultRuntime = DesignNavigation.runtimes(plan).stream()
                .filter(r -> r.getCatalog() != null && r.getCatalog().getAdminPassword() != null
                        && r.getCatalog().getAdminPassword().getKind() == SecretKind.KEY_VAULT)
                .findFirst().orElseThrow();
        assertThat(DesignNavigation.runtimes(plan).indexOf(vaultRuntime)).as("a runtime is deployed before the vault's").isPositive();
        arm.on("GET", ".*", Response.json(404, "{\"error\":{\"code\":\"NotFound\",\"message\":\"not found\"}}"));
        DesignDeployment deployment = new DesignDeployment(subscription -> connection());

        assertThatThrownBy(() -> deployment.apply(plan, new DeploymentSecrets(null, ask), new NullProgressMonitor()))
                .isInstanceOf(SecretUnavailableException.class).hasMessageContaining(vaultRuntime.getCatalog().getAdminPassword().getKey());
        assertThat(arm.writes()).isEmpty();
        assertThat(arm.requests()).extracting(Request::path).allMatch(path -> path.startsWith("/vault/"));
    }

    private SecretReference vaultSecret(String vaultName, String key) {
        KeyVault vault = TargetFactory.eINSTANCE.createKeyVault();
        vault.setName(vaultName);
        SecretReference secret = TargetFactory.eINSTANCE.createSecretReference();
        secret.setKind(SecretKind.KEY_VAULT);
        secret.setKey(key);
        secret.setKeyVault(vault);
        return secret;
    }

    private static SecretReference storedSecret(String key) {
        SecretReference secret = TargetFactory.eINSTANCE.createSecretReference();
        secret.setKind(SecretKind.SECURE_STORAGE);
        secret.setKey(key);
        return secret;
    }

    private AzureConnection connection() {
        return LoopbackAzure.connection(arm, "tenant", "subscription", scopes);
    }
}
