package org.liftshift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.liftshift.azure.arm.ArmJson;
import org.liftshift.azure.arm.IntegrationRuntimeDefinitions;
import org.liftshift.azure.deploy.AzureSignIn;
import org.liftshift.cli.internal.DriftCommand;
import org.liftshift.model.navigation.DesignNavigation;
import org.liftshift.model.persistence.MigrationFiles;
import org.liftshift.model.plan.MigrationPlan;
import org.liftshift.model.target.AzureSsisIntegrationRuntime;
import org.liftshift.model.target.DataFactory;
import org.liftshift.model.target.Subscription;
import org.liftshift.samples.Samples;
import org.liftshift.testing.arm.LoopbackArm.Response;
import org.liftshift.testing.arm.LoopbackAzure;

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

    @Test
    void aSubscriptionNamedOnlyByDisplayNameIsLookedUpAfterSignInAndStoredInTheDesign() throws Exception {
        Path design = designWithoutSubscriptionIds();
        String subscriptions = "(?i)/subscriptions";
        arm.on("GET", subscriptions, Response.json(200, "{\"value\":[" + subscription("11111111-2222-3333-4444-555555555555", "Contoso Test")
                + "],\"nextLink\":\"{base}subscriptions?api-version=2022-12-01&%24skiptoken=page2\"}"), Response.json(200, "{\"value\":["
                        + subscription(SUBSCRIPTION, "Contoso Production") + "]}"));
        arm.on("GET", ".*", Response.json(404, "{\"error\":{\"code\":\"ResourceNotFound\",\"message\":\"not found\"}}"));

        assertThat(run("drift", "named.liftshift")).isEqualTo(ExitCodes.PROBLEMS);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Subscription 'Contoso Production' of the design is Contoso Production ("
                + SUBSCRIPTION + ", tenant " + TENANT + ")", "Stored the subscription and tenant in named.liftshift");
        Subscription stored = MigrationFiles.load(design).getTarget().getSubscriptions().get(0);
        assertThat(stored.getSubscriptionId()).isEqualTo(SUBSCRIPTION);
        assertThat(stored.getTenantId()).isEqualTo(TENANT);
        assertThat(Files.readString(design)).doesNotContain(LoopbackAzure.TOKEN);
        assertThat(arm.requests().stream().filter(r -> r.path().equalsIgnoreCase("/subscriptions")))
                .as("both pages, once").extracting(r -> r.query().getOrDefault("$skiptoken", "")).containsExactly("", "page2");
        assertThat(arm.requests()).allSatisfy(r -> assertThat(r.query()).containsKey("api-version"));
        assertThat(arm.requests().stream().filter(r -> r.path().contains("/factories/")))
                .as("the factories are read in the chosen subscription").isNotEmpty()
                .allMatch(r -> r.path().startsWith("/subscriptions/" + SUBSCRIPTION + "/"));
        assertThat(arm.writes()).isEmpty();
    }

    @Test
    void aSubscriptionOptionThatMatchesNoneListsTheSubscriptionsAndLeavesTheDesignAlone() throws Exception {
        Path design = designWithoutSubscriptionIds();
        byte[] before = Files.readAllBytes(design);
        arm.on("GET", "(?i)/subscriptions", Response.json(200, "{\"value\":[" + subscription(SUBSCRIPTION, "Contoso Production") + ","
                + subscription("11111111-2222-3333-4444-555555555555", "Contoso Test") + "]}"));

        assertThat(run("drift", "named.liftshift", "--subscription", "Fabrikam")).isEqualTo(ExitCodes.USAGE);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("liftshift drift: No subscription you can use matches 'Fabrikam'",
                "Choose one by id:", "Contoso Production (" + SUBSCRIPTION + ", tenant " + TENANT + ")", "Contoso Test (11111111-");
        assertThat(Files.readAllBytes(design)).isEqualTo(before);
        assertThat(arm.requests()).extracting(r -> r.path()).containsOnly("/subscriptions");
    }

    @Test
    void theCloudIsChosenWithCloudAndAnUnknownOneIsAMisuse() {
        arm.on("GET", ".*", Response.json(404, "{\"error\":{\"code\":\"ResourceNotFound\",\"message\":\"not found\"}}"));

        assertThat(run("drift", "--cloud", "china")).isEqualTo(ExitCodes.PROBLEMS);
        assertThat(cloud).isEqualTo(AzureSignIn.Cloud.CHINA);
        assertThat(run("drift")).isEqualTo(ExitCodes.PROBLEMS);
        assertThat(cloud).as("the public cloud by default").isEqualTo(AzureSignIn.Cloud.AZURE);

        int requests = arm.requests().size();
        assertThat(run("drift", "--cloud", "mars")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--cloud", "mars", "azure, china or usgov");
        assertThat(arm.requests()).as("nothing is sent").hasSize(requests);
    }

    private static final String SUBSCRIPTION = "6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f";
    private static final String TENANT = "0c1d2e3f-4a5b-4c6d-9e8f-7a6b5c4d3e2f";

    /** The sample saved with its subscription named only by display name. */
    private Path designWithoutSubscriptionIds() throws Exception {
        MigrationPlan plan = Samples.CONTOSO.build();
        Subscription subscription = plan.getTarget().getSubscriptions().get(0);
        assertThat(subscription.getName()).isEqualTo("Contoso Production");
        subscription.setSubscriptionId(null);
        subscription.setTenantId(null);
        Path design = dir.resolve("named.liftshift");
        MigrationFiles.save(plan, design);
        return design;
    }

    private static String subscription(String id, String name) {
        return "{\"id\":\"/subscriptions/" + id + "\",\"subscriptionId\":\"" + id + "\",\"tenantId\":\"" + TENANT + "\",\"displayName\":\""
                + name + "\",\"state\":\"Enabled\"}";
    }
}
