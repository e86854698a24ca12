package org.liftshift.azure.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.liftshift.azure.arm.ArmJson;
import org.liftshift.azure.arm.IntegrationRuntimeDefinitions;
import org.liftshift.azure.deploy.DeploymentAction.Kind;
import org.liftshift.model.navigation.DesignNavigation;
import org.liftshift.model.plan.MigrationPlan;
import org.liftshift.model.target.AzureSsisIntegrationRuntime;
import org.liftshift.samples.Samples;
import org.liftshift.testing.arm.LoopbackAzure;
import org.liftshift.testing.arm.LoopbackArm.Request;
import org.liftshift.testing.arm.LoopbackArm.Response;
import org.liftshift.testing.scripts.ParsedScripts;



/**
 * The deployment of an integration runtime with the real Azure SDK against a loopback Azure Resource
 * Manager serving responses recorded in the shape of the REST specification's examples.
 */
class RuntimeDeploymentTest extends LoopbackTestCase {

    private static final String API = "2018-06-01";


    private MigrationPlan plan;
    private AzureSsisIntegrationRuntime runtime;
    private String factoryPath;
    private String runtimePath;

    @BeforeEach
    void design() {
        plan = Samples.CONTOSO.build();
        use(DesignNavigation.runtimes(plan).get(0));
    }

    private void use(AzureSsisIntegrationRuntime deployed) {
        runtime = deployed;
        var factory = DesignNavigation.factoryOf(runtime);
        factoryPath = "/subscriptions/" + DesignNavigation.subscriptionOf(factory).getSubscriptionId() + "/resourceGroups/"
                + DesignNavigation.groupOf(factory).getName() + "/providers/Microsoft.DataFactory/factories/" + factory.getName();
        runtimePath = factoryPath + "/integrationruntimes/" + runtime.getName();
    }


    @Test
    void whatIfOnAnEmptySubscriptionPlansFactoryRuntimeAndStartAndSendsNoWrite() {
        arm.on("GET", "(?i)" + factoryPath, notFound("Factory"));

        List<DeploymentAction> plan = deployment().plan(runtime);

        assertThat(plan).extracting(DeploymentAction::kind).containsExactly(Kind.CREATE_FACTORY, Kind.CREATE_RUNTIME, Kind.START_RUNTIME);
        assertThat(arm.writes()).as("what-if writes nothing").isEmpty();
        assertThat(arm.requests()).allSatisfy(r -> {
            assertThat(r.query()).containsEntry("api-version", API);
            assertThat(r.headers()).containsEntry("authorization", "Bearer loopback-token");
        });
    }

    @Test
    void aRunningRuntimeThatDiffersIsStoppedUpdatedWithTheDesignAndStartedAgain() throws Exception {
        String current = ArmJson.write(IntegrationRuntimeDefinitions.of(runtime, (secret, purpose) -> "x"))
                .replace("\"numberOfNodes\":" + runtime.getNodeCount(), "\"numberOfNodes\":1");
        arm.on("GET", "(?i)" + factoryPath, Response.json(200, factoryBody()));
        arm.on("GET", "(?i)" + runtimePath, Response.json(200, runtimeBody(current)));
        arm.on("POST", "(?i)" + runtimePath + "/getStatus", Response.json(200, status("Started")));
        arm.on("POST", "(?i)" + runtimePath + "/stop", accepted("IntegrationRuntimesStop"));
        arm.on("GET", "(?i).*/IntegrationRuntimesStop/operationresults/op", inProgress(), succeeded());
        arm.on("GET", "(?i).*/IntegrationRuntimesStop/operationresults/op-location", Response.json(200, ""));
        // throttled, then unavailable, then accepted: the SDK retries on its own
        arm.on("PUT", "(?i)" + runtimePath, Response.json(429, error("TooManyRequests")).withHeader("Retry-After", "0"),
                Response.json(503, error("ServiceUnavailable")).withHeader("Retry-After", "0"), Response.json(200, runtimeBody(current)));
        arm.on("POST", "(?i)" + runtimePath + "/start", accepted("IntegrationRuntimesStart"));
        arm.on("GET", "(?i).*/IntegrationRuntimesStart/operationresults/op", inProgress(), inProgress(), succeeded());
        arm.on("GET", "(?i).*/IntegrationRuntimesStart/operationresults/op-location", Response.json(200, status("Started")));

        List<DeploymentAction> done = deployment().apply(runtime, new NullProgressMonitor());

        assertThat(done).extracting(DeploymentAction::kind).containsExactly(Kind.STOP_RUNTIME, Kind.UPDATE_RUNTIME, Kind.START_RUNTIME);
        assertThat(done.get(1).reason()).contains("/typeProperties/computeProperties/numberOfNodes: design " + runtime.getNodeCount()
                + ", Azure 1");
        List<String> writes = arm.writes().stream().map(r -> r.method() + " " + r.path().toLowerCase()).toList();
        String ir = runtimePath.toLowerCase();
        assertThat(writes).containsExactly("POST " + ir + "/stop", "PUT " + ir, "PUT " + ir, "PUT " + ir, "POST " + ir + "/start");
        assertThat(arm.requests().stream().filter(r -> r.path().contains("IntegrationRuntimesStart/operationresults/op")
                && !r.path().endsWith("-location"))).as("the start is polled until it succeeds").hasSize(3);
        Request put = arm.writes().stream().filter(r -> r.method().equals("PUT")).reduce((a, b) -> b).orElseThrow();
        assertThat(put.query()).containsEntry("api-version", API);
        assertThat(JsonDifferences.between("{\"properties\":" + ArmJson.write(IntegrationRuntimeDefinitions.of(runtime, (s, p) -> "x"))
                + "}", put.body())).as("the body is the design's definition").isEmpty();
        assertThat(put.body()).contains("\"numberOfNodes\":" + runtime.getNodeCount(), "\"type\":\"Managed\"");
        assertThat(schemaErrors(put.body())).as("the body against the IntegrationRuntime definition of the ARM schema").isEmpty();
    }

    /** The PUT body checked by the Data Factory deployment-template schema, as an integrationRuntimes resource of a template. */
    private List<Map<String, Object>> schemaErrors(String body) throws Exception {
        String properties = body.substring(body.indexOf('{', 1), body.lastIndexOf('}'));
        String template = "{\"$schema\":\"https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#\","
                + "\"contentVersion\":\"1.0.0.0\",\"resources\":[{\"type\":\"Microsoft.DataFactory/factories/integrationRuntimes\","
                + "\"apiVersion\":\"" + API + "\",\"name\":\"[concat('factory', '/', '" + runtime.getName() + "')]\",\"properties\":" + properties
                + "}]}";
        Path file = work.resolve("put-body-template.json");
        Files.writeString(file, template);
        return ParsedScripts.errors(ParsedScripts.armTemplates(List.of(file)).get(0));
    }

    @Test
    void aRuntimeThatMatchesTheDesignAndRunsIsLeftAlone() {
        String current = ArmJson.write(IntegrationRuntimeDefinitions.of(runtime, (secret, purpose) -> "x"));
        arm.on("GET", "(?i)" + factoryPath, Response.json(200, factoryBody()));
        arm.on("GET", "(?i)" + runtimePath, Response.json(200, runtimeBody(current)));
        arm.on("POST", "(?i)" + runtimePath + "/getStatus", Response.json(200, status("Started")));

        assertThat(deployment().apply(runtime, new NullProgressMonitor())).isEmpty();
        assertThat(arm.writes()).isEmpty();
    }

    @Test
    void cancellingStopsWaitingForTheStart() {
        arm.on("GET", "(?i)" + factoryPath, Response.json(200, factoryBody()));
        arm.on("GET", "(?i)" + runtimePath, notFound("IntegrationRuntime"));
        arm.on("PUT", "(?i)" + runtimePath, Response.json(200, runtimeBody("{\"type\":\"Managed\",\"typeProperties\":{}}")));
        arm.on("POST", "(?i)" + runtimePath + "/start", accepted("IntegrationRuntimesStart"));
        arm.on("GET", "(?i).*/IntegrationRuntimesStart/operationresults/op", inProgress());
        // the architect cancels once Azure has the start request: Liftshift stops waiting, Azure goes on
        NullProgressMonitor monitor = new NullProgressMonitor() {
            @Override
            public boolean isCanceled() {
                return arm.writes().stream().anyMatch(r -> r.method().equals("POST") && r.path().endsWith("/start"));
            }
        };

        assertThatThrownBy(() -> deployment().apply(runtime, monitor)).isInstanceOf(OperationCanceledException.class);
        assertThat(arm.writes()).extracting(Request::method).containsExactly("PUT", "POST");
        long polls = arm.requests().stream().filter(r -> r.path().contains("operationresults")).count();
        assertThat(polls).as("at most the poll under way when the cancel came").isLessThanOrEqualTo(1);
    }

    @Test
    void driftListsTheNodeCountAndSubnetThatDifferFromTheDesign() {
        String designed = ArmJson.write(IntegrationRuntimeDefinitions.of(runtime, (secret, purpose) -> "x"));
        String subnet = runtime.getVnetInjection().getSubnet().getName();
        String deployed = designed.replace("\"numberOfNodes\":" + runtime.getNodeCount(), "\"numberOfNodes\":4")
                .replace("/subnets/" + subnet + "\"", "/subnets/snet-moved\"");
        assertThat(deployed).isNotEqualTo(designed).contains("snet-moved");
        arm.on("GET", "(?i)" + factoryPath, Response.json(200, factoryBody()));
        arm.on("GET", "(?i)" + runtimePath, Response.json(200, runtimeBody(deployed)));

        List<RuntimeDrift.Drift> drift = new RuntimeDrift(connection()).of(runtime);

        assertThat(drift).extracting(RuntimeDrift.Drift::path, d -> String.valueOf(d.design()), d -> String.valueOf(d.azure()))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("/typeProperties/computeProperties/numberOfNodes",
                                String.valueOf(runtime.getNodeCount()), "4"),
                        org.assertj.core.groups.Tuple.tuple("/typeProperties/computeProperties/vNetProperties/subnetId",
                                org.liftshift.model.navigation.AzureResources.subnetId(runtime.getVnetInjection().getSubnet()),
                                org.liftshift.model.navigation.AzureResources.subnetId(runtime.getVnetInjection().getSubnet())
                                        .replace("/subnets/" + subnet, "/subnets/snet-moved")));
        assertThat(arm.writes()).as("drift only reads").isEmpty();
    }

    @Test
    void driftSaysWhenTheRuntimeIsNotDeployed() {
        arm.on("GET", "(?i)" + factoryPath, Response.json(200, factoryBody()));
        arm.on("GET", "(?i)" + runtimePath, notFound("IntegrationRuntime"));

        assertThat(new RuntimeDrift(connection()).of(runtime)).singleElement()
                .satisfies(d -> assertThat(d.toString()).endsWith(runtimePath.substring(runtimePath.indexOf("/integrationruntimes"))
                        + " (integration runtime): design exists, Azure (not set)"));
    }

    @Test
    void onAnEmptySubscriptionTheFactoryCredentialAndSelfHostedRuntimeAreCreatedThenTheMissingLinkedServicesStopTheDeployment()
            throws Exception {
        useTheRuntimeWithCredentialPackageStoreAndProxy();
        String credentialPath = factoryPath + "/credentials/" + IntegrationRuntimeDefinitions.credentialName(runtime);
        String proxyPath = factoryPath + "/integrationruntimes/" + runtime.getDataProxy().getSelfHostedRuntime().getName();
        arm.on("GET", "(?i)" + factoryPath, notFound("Factory"));
        arm.on("PUT", "(?i)" + factoryPath, Response.json(200, factoryBody()));
        arm.on("PUT", "(?i)" + credentialPath, Response.json(200, "{\"name\":\"c\",\"properties\":{\"type\":\"ManagedIdentity\"}}"));
        arm.on("PUT", "(?i)" + proxyPath, Response.json(200, "{\"name\":\"shir\",\"properties\":{\"type\":\"SelfHosted\"}}"));

        List<DeploymentAction> planned = deployment().plan(runtime);
        assertThat(planned).extracting(DeploymentAction::kind).containsExactly(Kind.CREATE_FACTORY, Kind.CREATE_CREDENTIAL,
                Kind.CREATE_SELF_HOSTED_RUNTIME, Kind.REQUIRE_LINKED_SERVICE, Kind.REQUIRE_LINKED_SERVICE);
        assertThat(arm.writes()).as("planning writes nothing").isEmpty();

        assertThatThrownBy(() -> deployment().apply(runtime, new NullProgressMonitor())).isInstanceOfSatisfying(DeploymentException.class,
                e -> {
                    assertThat(e.code()).isEqualTo(DeploymentException.MISSING_REFERENCE);
                    assertThat(e.getMessage()).contains(factoryPath + "/linkedservices/" + runtime.getPackageStores().get(0).getLinkedService()
                            .getName(), "package store " + runtime.getPackageStores().get(0).getName(), "as AzureFileStorage",
                            factoryPath + "/linkedservices/" + runtime.getDataProxy().getStagingLinkedService().getName());
                    assertThat(e.fix()).contains("Create the linked services", "deploy again");
                });
        assertThat(arm.writes()).extracting(r -> r.method() + " " + r.path().toLowerCase()).as("nothing is written for the IR itself")
                .containsExactly("PUT " + factoryPath.toLowerCase(), "PUT " + credentialPath.toLowerCase(), "PUT " + proxyPath.toLowerCase());
        Request credential = arm.writes().get(1);
        assertThat(credential.body()).isEqualTo("{\"properties\":{\"type\":\"ManagedIdentity\",\"typeProperties\":{\"resourceId\":\""
                + org.liftshift.model.navigation.AzureResources.identityId(runtime.getCredential()) + "\"}}}");
        assertThat(arm.writes().get(2).body()).isEqualTo("{\"properties\":{\"type\":\"SelfHosted\"}}");
    }

    @Test
    void withItsLinkedServicesInPlaceTheRuntimeIsCreatedWithItsCredentialPackageStoreAndProxyAndStarted() throws Exception {
        useTheRuntimeWithCredentialPackageStoreAndProxy();
        String credentialPath = factoryPath + "/credentials/" + IntegrationRuntimeDefinitions.credentialName(runtime);
        String proxyPath = factoryPath + "/integrationruntimes/" + runtime.getDataProxy().getSelfHostedRuntime().getName();
        arm.on("GET", "(?i)" + factoryPath, Response.json(200, factoryBody()));
        arm.on("GET", "(?i)" + credentialPath, Response.json(200, "{\"name\":\"c\",\"properties\":{\"type\":\"ManagedIdentity\","
                + "\"typeProperties\":{\"resourceId\":\"/subscriptions/x/resourceGroups/rg/providers/Microsoft.ManagedIdentity/"
                + "userAssignedIdentities/someone-else\"}}}"));
        arm.on("PUT", "(?i)" + credentialPath, Response.json(200, "{\"name\":\"c\",\"properties\":{\"type\":\"ManagedIdentity\"}}"));
        arm.on("GET", "(?i)" + proxyPath, Response.json(200, "{\"name\":\"shir\",\"properties\":{\"type\":\"SelfHosted\"}}"));
        arm.on("GET", "(?i)" + factoryPath + "/linkedservices/.*", Response.json(200,
                "{\"name\":\"ls\",\"properties\":{\"type\":\"AzureBlobStorage\",\"typeProperties\":{}}}"));
        arm.on("GET", "(?i)" + runtimePath, notFound("IntegrationRuntime"));
        arm.on("PUT", "(?i)" + runtimePath, Response.json(200, runtimeBody("{\"type\":\"Managed\",\"typeProperties\":{}}")));
        arm.on("POST", "(?i)" + runtimePath + "/start", accepted("IntegrationRuntimesStart"));
        arm.on("GET", "(?i).*/IntegrationRuntimesStart/operationresults/op", succeeded());
        arm.on("GET", "(?i).*/IntegrationRuntimesStart/operationresults/op-location", Response.json(200, status("Started")));

        List<DeploymentAction> done = deployment().apply(runtime, new NullProgressMonitor());

        assertThat(done).extracting(DeploymentAction::kind).containsExactly(Kind.UPDATE_CREDENTIAL, Kind.CREATE_RUNTIME, Kind.START_RUNTIME);
        assertThat(arm.writes()).extracting(r -> r.method() + " " + r.path().toLowerCase()).containsExactly(
                "PUT " + credentialPath.toLowerCase(), "PUT " + runtimePath.toLowerCase(), "POST " + runtimePath.toLowerCase() + "/start");
        String body = arm.writes().get(1).body();
        assertThat(body).contains("\"credential\":{\"type\":\"CredentialReference\",\"referenceName\":\""
                + IntegrationRuntimeDefinitions.credentialName(runtime) + "\"}", "\"packageStores\":[{\"name\":\""
                + runtime.getPackageStores().get(0).getName() + "\"", "\"dataProxyProperties\":");
        assertThat(schemaErrors(body)).isEmpty();
    }

    private void useTheRuntimeWithCredentialPackageStoreAndProxy() {
        use(DesignNavigation.runtimes(plan).stream()
                .filter(r -> r.getCredential() != null && r.getDataProxy() != null && !r.getPackageStores().isEmpty()).findFirst()
                .orElseThrow());
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of(409, "ScopeLocked", "The scope '/subscriptions/x/resourceGroups/rg-ssis' cannot perform write operation"
                        + " because following scope(s) are locked: '/subscriptions/x/resourceGroups/rg-ssis'.", "NET-3"),
                Arguments.of(403, "LinkedAuthorizationFailed", "The client has permission to perform action"
                        + " 'Microsoft.DataFactory/factories/integrationRuntimes/write', however it does not have permission to perform"
                        + " action 'Microsoft.Network/virtualNetworks/subnets/join/action' on the linked scope(s).", "NET-1"),
                Arguments.of(409, "MissingSubscriptionRegistration",
                        "The subscription is not registered to use namespace 'Microsoft.Batch'.", "NET-5"),
                Arguments.of(400, "BadRequest", "The node size Standard_Z9 is not supported.", null));
    }

    @ParameterizedTest
    @MethodSource("refusals")
    void azuresRefusalNamesTheDesignRuleAndItsFix(int status, String code, String message, String rule) {
        arm.on("GET", "(?i)" + factoryPath, Response.json(200, factoryBody()));
        arm.on("GET", "(?i)" + runtimePath, notFound("IntegrationRuntime"));
        arm.on("PUT", "(?i)" + runtimePath, Response.json(status, error(code, message)));

        assertThatThrownBy(() -> deployment().apply(runtime, new NullProgressMonitor())).isInstanceOfSatisfying(DeploymentException.class,
                e -> {
                    assertThat(e.action().kind()).isEqualTo(Kind.CREATE_RUNTIME);
                    assertThat(e.code()).isEqualTo(code);
                    assertThat(e.getMessage()).contains(message);
                    if (rule == null) {
                        assertThat(e.rule()).isNull();
                    } else {
                        assertThat(e.rule().id()).isEqualTo(rule);
                        assertThat(e.getMessage()).contains("[" + rule + "]", e.rule().fix());
                        assertThat(e.fix()).isEqualTo(e.rule().fix());
                    }
                });
        assertThat(arm.writes()).as("nothing is tried after the refusal").extracting(Request::method).containsExactly("PUT");
    }

    private RuntimeDeployment deployment() {
        return new RuntimeDeployment(connection(), (secret, purpose) -> "x");
    }

    private AzureConnection connection() {
        var subscription = DesignNavigation.subscriptionOf(DesignNavigation.factoryOf(runtime));
        return LoopbackAzure.connection(arm, subscription.getTenantId(), subscription.getSubscriptionId());
    }

    private String factoryBody() {
        return "{\"name\":\"" + DesignNavigation.factoryOf(runtime).getName() + "\",\"id\":\"" + factoryPath + "\",\"location\":\"westeurope\","
                + "\"type\":\"Microsoft.DataFactory/factories\",\"identity\":{\"type\":\"SystemAssigned\"},\"properties\":{}}";
    }

    private String runtimeBody(String properties) {
        return "{\"name\":\"" + runtime.getName() + "\",\"id\":\"" + runtimePath + "\",\"type\":\"Microsoft.DataFactory/factories/integrationruntimes\","
                + "\"etag\":\"0400f1a1-0000-0000-0000-5b2188640000\",\"properties\":" + properties + "}";
    }

    private String status(String state) {
        return "{\"name\":\"" + runtime.getName() + "\",\"properties\":{\"dataFactoryName\":\"" + DesignNavigation.factoryOf(runtime).getName()
                + "\",\"type\":\"Managed\",\"state\":\"" + state + "\",\"typeProperties\":{\"nodes\":[],\"otherErrors\":[]}}}";
    }

    private Response accepted(String operation) {
        String url = "{base}" + runtimePath.substring(1) + "/" + operation + "/operationresults/op";
        return new Response(202, Map.of("Azure-AsyncOperation", url + "?api-version=" + API, "Location", url + "-location?api-version=" + API,
                "Retry-After", "0"), "");
    }

    private static Response inProgress() {
        return Response.json(200, "{\"status\":\"InProgress\"}").withHeader("Retry-After", "0");
    }

    private static Response succeeded() {
        return Response.json(200, "{\"status\":\"Succeeded\"}");
    }

    private static Response notFound(String type) {
        return Response.json(404, error("ResourceNotFound", "The " + type + " was not found."));
    }

    private static String error(String code) {
        return error(code, code);
    }

    private static String error(String code, String message) {
        return "{\"error\":{\"code\":\"" + code + "\",\"message\":\"" + message + "\"}}";
    }
}
