package org.liftshift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.liftshift.cli.internal.DeployCommand;
import org.liftshift.testing.arm.LoopbackArm.Response;

/** {@code liftshift deploy} of the sample against a loopback Azure Resource Manager. */
class DeployCommandTest extends AzureCommandTestCase {


    @Test
    void whatIfOnAnEmptySubscriptionPrintsEveryChangeAndSendsNoWrite() {
        arm.on("GET", ".*", Response.json(404, "{\"error\":{\"code\":\"ResourceNotFound\",\"message\":\"not found\"}}"));

        assertThat(run("deploy", "--what-if")).isEqualTo(ExitCodes.OK);

        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("contoso.liftshift: a deployment would make", "(nothing was sent)",
                "create network security rule /subscriptions/", "create data factory /subscriptions/",
                "create integration runtime /subscriptions/", "/factories/adf-contoso-fin-weu/integrationruntimes/ir-ssis-fin-weu",
                "start integration runtime");
        assertThat(arm.writes()).isEmpty();
        assertThat(arm.requests()).isNotEmpty().allMatch(r -> r.method().equals("GET"));
    }

    @Test
    void aLockedResourceGroupStopsTheDeploymentAndNamesNet3() {
        arm.on("GET", ".*", Response.json(404, "{\"error\":{\"code\":\"ResourceNotFound\",\"message\":\"not found\"}}"));
        arm.on("PUT", ".*", Response.json(409, "{\"error\":{\"code\":\"ScopeLocked\",\"message\":\"The scope cannot perform write"
                + " operation because following scope(s) are locked.\"}}"));

        assertThat(run("deploy")).isEqualTo(ExitCodes.PROBLEMS);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("liftshift deploy: Azure refused to create network security rule",
                "[NET-3]", "Remove the lock");
        assertThat(arm.writes()).as("nothing after the refusal").hasSize(1);
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
        return run(new DeployCommand(loopback()), args);
    }
}
