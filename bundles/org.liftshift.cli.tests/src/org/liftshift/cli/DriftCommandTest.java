package org.liftshift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.liftshift.azure.arm.ArmJson;
import org.liftshift.azure.arm.IntegrationRuntimeDefinitions;
import org.liftshift.cli.internal.DriftCommand;
import org.liftshift.model.navigation.DesignNavigation;
import org.liftshift.model.plan.MigrationPlan;
import org.liftshift.model.target.AzureSsisIntegrationRuntime;
import org.liftshift.model.target.DataFactory;
import org.liftshift.samples.Samples;
import org.liftshift.testing.arm.LoopbackArm.Response;

import com.azure.json.JsonProviders;
import com.azure.json.JsonReader;

/** {@code liftshift drift} against a loopback Azure Resource Manager where one IR of the sample has drifted. */
class DriftCommandTest extends AzureCommandTestCase {


    @Test
    void oneRuntimeWithAnotherNodeCountIsTheOnlyDifference() throws Exception {
        MigrationPlan plan = Samples.CONTOSO.build();
        List<AzureSsisIntegrationRuntime> runtimes = DesignNavigation.runtimes(plan);
        for (AzureSsisIntegrationRuntime runtime : runtimes) {
            String path = factoryPath(DesignNavigation.factoryOf(runtime)) + "/integrationruntimes/" + runtime.getName();
            String properties = ArmJson.write(IntegrationRuntimeDefinitions.of(runtime, (secret, purpose) -> "x"));
            if (runtime == runtimes.get(0)) {
                properties = properties.replace("\"numberOfNodes\":" + runtime.getNodeCount(), "\"numberOfNodes\":7");
            }
            arm.on("GET", "(?i)" + path, Response.json(200, "{\"name\":\"" + runtime.getName() + "\",\"properties\":" + properties + "}"));
        }
        arm.on("GET", "(?i)/subscriptions/[^/]+/resourceGroups/[^/]+/providers/Microsoft.DataFactory/factories/[^/]+",
                Response.json(200, "{\"name\":\"factory\",\"location\":\"westeurope\",\"properties\":{}}"));

        // ir-ssis-ops has a custom setup: its container's SAS URI is a secret, never compared ("x" in Azure, unknown here)
        assertThat(run("drift")).isEqualTo(ExitCodes.PROBLEMS);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("contoso.liftshift: 1 differences from the design:",
                runtimes.get(0).getName() + " /typeProperties/computeProperties/numberOfNodes: design " + runtimes.get(0).getNodeCount()
                        + ", Azure 7");
        assertThat(arm.writes()).as("drift only reads").isEmpty();

        assertThat(run("drift", "--format", "json")).isEqualTo(ExitCodes.PROBLEMS);
        try (JsonReader reader = JsonProviders.createReader(out.toString(StandardCharsets.UTF_8))) {
            reader.nextToken();
            @SuppressWarnings("unchecked")
            java.util.Map<String, Object> json = (java.util.Map<String, Object>) reader.readUntyped();
            assertThat((List<?>) json.get("differences")).singleElement().satisfies(d -> {
                java.util.Map<?, ?> difference = (java.util.Map<?, ?>) d;
                assertThat(difference.get("path")).isEqualTo("/typeProperties/computeProperties/numberOfNodes");
                assertThat(difference.get("azure")).isEqualTo("7");
            });
        }
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertThat(run("drift", "--sign-in", "password")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--sign-in cannot be 'password'; use default, browser or device-code");
        assertThat(run("drift", "--format")).isEqualTo(ExitCodes.USAGE);
        assertThat(arm.requests()).isEmpty();
    }

    private static String factoryPath(DataFactory factory) {
        return "/subscriptions/" + DesignNavigation.subscriptionOf(factory).getSubscriptionId() + "/resourceGroups/"
                + DesignNavigation.groupOf(factory).getName() + "/providers/Microsoft.DataFactory/factories/" + factory.getName();
    }

    private int run(String... args) {
        return run(new DriftCommand(loopback()), args);
    }
}
