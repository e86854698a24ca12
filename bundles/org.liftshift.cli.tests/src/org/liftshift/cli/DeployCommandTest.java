package org.liftshift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liftshift.azure.deploy.DeploymentSecrets;
import org.liftshift.testing.TestSecureStorage;
import org.liftshift.cli.internal.DeployCommand;
import org.liftshift.testing.arm.LoopbackArm.Response;

/** {@code liftshift deploy} of the sample against a loopback Azure Resource Manager. */
class DeployCommandTest extends AzureCommandTestCase {

    private final List<String> asked = new ArrayList<>();
    private ISecurePreferences storage;

    @BeforeEach
    void openStorage() {
        storage = TestSecureStorage.open(dir.resolve("secure_storage"));
    }

    @Test
    void whatIfOnAnEmptySubscriptionPrintsEveryChangeAndSendsNoWrite() {
        arm.on("GET", ".*", Response.json(404, "{\"error\":{\"code\":\"ResourceNotFound\",\"message\":\"not found\"}}"));

        assertThat(run("deploy", "--what-if")).isEqualTo(ExitCodes.OK);

        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("contoso.liftshift: a deployment would make", "(nothing was sent)",
                "create network security rule /subscriptions/", "create data factory /subscriptions/",
                "create integration runtime /subscriptions/", "/factories/adf-contoso-fin-weu/integrationruntimes/ir-ssis-fin-weu",
                "start integration runtime", "create credential /subscriptions/", "needs linked service /subscriptions/");
        assertThat(arm.writes()).isEmpty();
        assertThat(arm.requests()).isNotEmpty().allMatch(r -> r.method().equals("GET"));
    }

    @Test
    void aLockedResourceGroupStopsTheDeploymentAndNamesNet3() throws Exception {
        keepTheSamplesSecrets();
        arm.on("GET", ".*", Response.json(404, "{\"error\":{\"code\":\"ResourceNotFound\",\"message\":\"not found\"}}"));
        arm.on("PUT", ".*", Response.json(409, "{\"error\":{\"code\":\"ScopeLocked\",\"message\":\"The scope cannot perform write"
                + " operation because following scope(s) are locked.\"}}"));

        assertThat(run("deploy")).isEqualTo(ExitCodes.PROBLEMS);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("liftshift deploy: Azure refused to create network security rule",
                "[NET-3]", "Remove the lock");
        assertThat(arm.writes()).as("nothing after the refusal").hasSize(1);
        assertThat(asked).as("every secret came from Key Vault or secure storage").isEmpty();
    }

    @Test
    void aSecretMissingFromKeyVaultStopsTheDeploymentBeforeAnyWrite() throws Exception {
        // the first recorded answer that matches is served: the vault has lost the password
        arm.on("GET", "/vault/.*", Response.json(404, "{\"error\":{\"code\":\"SecretNotFound\",\"message\":\"not found\"}}"));
        keepTheSamplesSecrets();

        assertThat(run("deploy")).isEqualTo(ExitCodes.PROBLEMS);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("liftshift deploy: There is no secret 'ssisdb-admin-password' of key"
                + " vault 'kv-contoso-ssis'", "Set-AzKeyVaultSecret");
        assertThat(arm.writes()).isEmpty();
    }

    /** The sample's secrets where it says they are kept: the SQL admin password in Key Vault, the setup secrets in secure storage. */
    private void keepTheSamplesSecrets() throws Exception {
        arm.on("GET", "/vault/kv-contoso-ssis/secrets/ssisdb-admin-password", Response.json(200, "{\"value\":\"from the vault\"}"));
        DeploymentSecrets.store(storage, "liftshift/contoso/ops/custom-setup-sas", "https://sa.blob.core.windows.net/setup?sig=x");
        DeploymentSecrets.store(storage, "liftshift/contoso/ops/fileserver-password", "from secure storage");
    }

    @Test
    void aDesignWithErrorsIsNotDeployed() throws Exception {
        Path design = dir.resolve("violations.liftshift");
        Files.write(design, org.liftshift.samples.Samples.CONTOSO_VIOLATIONS.bundledContent());

        assertThat(run("deploy", "violations.liftshift")).isEqualTo(ExitCodes.PROBLEMS);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("has validation errors; nothing was sent to Azure");
        assertThat(arm.requests()).isEmpty();
    }

    private int run(String... args) {
        return run(new DeployCommand(loopback(), (secret, purpose) -> {
            asked.add(purpose);
            return "typed";
        }, () -> storage), args);
    }
}
