package org.liftshift.azure.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.liftshift.model.target.Subscription;
import org.liftshift.model.target.TargetFactory;
import org.liftshift.testing.arm.LoopbackArm.Request;
import org.liftshift.testing.arm.LoopbackArm.Response;
import org.liftshift.testing.arm.LoopbackAzure;

import com.azure.core.credential.TokenCredential;
import com.azure.core.exception.ClientAuthenticationException;
import com.azure.core.management.AzureEnvironment;

import reactor.core.publisher.Mono;

/**
 * Sign-in with a device code through the real azure-identity and MSAL, against a loopback Microsoft
 * Entra authority and Resource Manager: the code reaches the architect, the token is polled for and
 * then used for Azure Resource Manager.
 */
class AzureSignInTest extends LoopbackTestCase {

    private static final String TENANT = "0c1d2e3f-4a5b-4c6d-9e8f-7a6b5c4d3e2f";





    @Test
    void aDeviceCodeSignInShowsTheCodePollsForTheTokenAndUsesItForResourceManager() {
        arm.on("POST", "/" + TENANT + "/oauth2/v2.0/devicecode", Response.json(200, "{\"user_code\":\"LS7QX2ZPA\",\"device_code\":"
                + "\"device-code-1\",\"verification_uri\":\"https://microsoft.com/devicelogin\",\"expires_in\":900,\"interval\":1,"
                + "\"message\":\"To sign in, use a web browser to open the page https://microsoft.com/devicelogin and enter the code"
                + " LS7QX2ZPA to authenticate.\"}"));
        arm.on("POST", "/" + TENANT + "/oauth2/v2.0/token", Response.json(400, "{\"error\":\"authorization_pending\","
                + "\"error_description\":\"AADSTS70016: OAuth 2.0 device flow error. Authorization is pending.\"}"),
                Response.json(200, token("entra-device-token")));
        arm.on("GET", "(?i)/subscriptions", Response.json(200, "{\"value\":[{\"subscriptionId\":\"s1\",\"tenantId\":\"" + TENANT
                + "\",\"displayName\":\"Contoso Production\",\"state\":\"Enabled\"}]}"));
        List<String> shown = new CopyOnWriteArrayList<>();
        AzureSignIn.Session session = new AzureSignIn.Session(AzureSignIn.Method.DEVICE_CODE, shown::add, cloud(), LoopbackAzure.client(arm));
        Subscription designed = TargetFactory.eINSTANCE.createSubscription();
        designed.setName("Contoso Production");
        designed.setTenantId(TENANT);

        List<AvailableSubscription> available = new SubscriptionChoice(session::connect).available(designed);

        assertThat(shown).singleElement().asString().contains("https://microsoft.com/devicelogin", "LS7QX2ZPA");
        assertThat(available).extracting(AvailableSubscription::subscriptionId).containsExactly("s1");
        List<Request> polls = arm.requests().stream().filter(r -> r.path().endsWith("/oauth2/v2.0/token")).toList();
        assertThat(polls).as("pending, then the token").hasSize(2).allSatisfy(r -> assertThat(r.body())
                .contains("grant_type=device_code", "device_code=device-code-1", "scope=openid+profile+offline_access+https%3A%2F%2Fmanagement.core.windows.net%2F.default"));
        assertThat(arm.requests().stream().filter(r -> r.path().equalsIgnoreCase("/subscriptions"))).singleElement()
                .satisfies(r -> assertThat(r.headers()).containsEntry("authorization", "Bearer entra-device-token"));
    }

    @Test
    void theDefaultChainSignsInAsTheServicePrincipalTheEnvironmentNames() {
        arm.on("POST", "/" + TENANT + "/oauth2/v2.0/token", Response.json(200, "{\"token_type\":\"Bearer\",\"expires_in\":3599,"
                + "\"ext_expires_in\":3599,\"access_token\":\"entra-app-token\"}"));
        arm.on("GET", "(?i)/subscriptions", Response.json(200, "{\"value\":[]}"));
        // what a pipeline sets in its environment (AZURE_CLIENT_ID, ...); azure-core reads system properties before variables
        Map<String, String> environment = Map.of("AZURE_CLIENT_ID", "8c6b1a2f-0000-4000-8000-000000000001", "AZURE_CLIENT_SECRET",
                "pipeline-secret", "AZURE_TENANT_ID", TENANT);
        environment.forEach(System::setProperty);
        try {
            AzureSignIn.Session session = new AzureSignIn.Session(AzureSignIn.Method.DEFAULT, message -> {
                throw new AssertionError("no device code");
            }, cloud(), LoopbackAzure.client(arm));
            Subscription designed = TargetFactory.eINSTANCE.createSubscription();
            designed.setTenantId(TENANT);

            assertThat(new SubscriptionChoice(session::connect).available(designed)).isEmpty();
        } finally {
            environment.keySet().forEach(System::clearProperty);
        }

        assertThat(arm.requests().stream().filter(r -> r.path().endsWith("/oauth2/v2.0/token"))).singleElement()
                .satisfies(r -> assertThat(r.body()).contains("grant_type=client_credentials", "client_id=8c6b1a2f-0000-4000-8000-000000000001"));
        assertThat(arm.requests().stream().filter(r -> r.path().equalsIgnoreCase("/subscriptions"))).singleElement()
                .satisfies(r -> assertThat(r.headers()).containsEntry("authorization", "Bearer entra-app-token"));
    }

    @Test
    void aFailedSignInIsNotRetriedButAnUnavailableServiceIs() {
        AtomicInteger attempts = new AtomicInteger();
        TokenCredential refused = request -> {
            attempts.incrementAndGet();
            return Mono.error(new ClientAuthenticationException(
                    "AADSTS7000215: Invalid client secret provided.", null));
        };
        AzureConnection loopback = LoopbackAzure.connection(arm, TENANT, "s1");
        AzureConnection connection = new AzureConnection(refused, loopback.profile(), loopback.httpClient(), loopback.pollInterval(),
                loopback.retries());
        Subscription designed = TargetFactory.eINSTANCE.createSubscription();

        assertThatThrownBy(() -> new SubscriptionChoice(any -> connection).available(designed))
                .hasMessageContaining("AADSTS7000215");
        assertThat(attempts).hasValue(1);
        assertThat(arm.requests()).isEmpty();

        arm.on("GET", "(?i)/subscriptions", Response.json(503, "{\"error\":{\"code\":\"ServiceUnavailable\",\"message\":\"busy\"}}"),
                Response.json(200, "{\"value\":[]}"));
        assertThat(new SubscriptionChoice(any -> loopback).available(designed)).isEmpty();
        assertThat(arm.requests()).as("the 503 is retried").hasSize(2);
    }

    @Test
    void eachCloudHasItsOwnAuthorityResourceManagerAndVaults() {
        assertThat(AzureSignIn.Cloud.of("china").environment()).satisfies(china -> {
            assertThat(china.getActiveDirectoryEndpoint()).isEqualTo("https://login.chinacloudapi.cn/");
            assertThat(china.getResourceManagerEndpoint()).isEqualTo("https://management.chinacloudapi.cn/");
            assertThat(china.getKeyVaultDnsSuffix()).isEqualTo(".vault.azure.cn");
        });
        assertThat(AzureSignIn.Cloud.of("usgov").environment().getResourceManagerEndpoint())
                .isEqualTo("https://management.usgovcloudapi.net/");
        assertThat(AzureSignIn.Cloud.of("AZURE").environment().getResourceManagerEndpoint()).isEqualTo("https://management.azure.com/");
        AzureConnection china = new AzureSignIn.Session(AzureSignIn.Method.DEFAULT, message -> {
        }, AzureSignIn.Cloud.CHINA).connect(TargetFactory.eINSTANCE.createSubscription());
        assertThat(china.resourceManager()).isEqualTo("https://management.chinacloudapi.cn/");
        assertThat(china.keyVault("kv-contoso")).isEqualTo("https://kv-contoso.vault.azure.cn/");
        assertThat(china.keyVaultScope()).isEqualTo("https://vault.azure.cn/.default");
    }

    @Test
    void thePublicCloudSignsInWhereAzureAuthorityHostSays() {
        assertThat(AzureSignIn.publicCloud().getActiveDirectoryEndpoint()).isEqualTo(AzureEnvironment.AZURE.getActiveDirectoryEndpoint());
        System.setProperty("AZURE_AUTHORITY_HOST", "https://login.contoso-proxy.example");
        try {
            AzureEnvironment cloud = AzureSignIn.publicCloud();
            assertThat(cloud.getActiveDirectoryEndpoint()).isEqualTo("https://login.contoso-proxy.example/");
            assertThat(cloud.getResourceManagerEndpoint()).isEqualTo(AzureEnvironment.AZURE.getResourceManagerEndpoint());
        } finally {
            System.clearProperty("AZURE_AUTHORITY_HOST");
        }
    }

    private AzureEnvironment cloud() {
        return new AzureEnvironment(Map.of("resourceManagerEndpointUrl", arm.baseUrl(), "managementEndpointUrl",
                "https://management.core.windows.net/", "activeDirectoryEndpointUrl", arm.baseUrl()));
    }

    private static String token(String accessToken) {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        String clientInfo = base64.encodeToString(("{\"uid\":\"architect\",\"utid\":\"" + TENANT + "\"}").getBytes(StandardCharsets.UTF_8));
        String idToken = base64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + base64.encodeToString(("{\"aud\":\"04b07795-8ddb-461a-bbee-02f9e1bf7b46\",\"iss\":\"https://login.microsoftonline.com/"
                        + TENANT + "/v2.0\",\"tid\":\"" + TENANT + "\",\"oid\":\"architect\",\"preferred_username\":\"architect@contoso.com\","
                        + "\"iat\":1700000000,\"exp\":4102444800}").getBytes(StandardCharsets.UTF_8)) + ".";
        return "{\"token_type\":\"Bearer\",\"scope\":\"https://management.core.windows.net//user_impersonation\",\"expires_in\":3599,"
                + "\"ext_expires_in\":3599,\"access_token\":\"" + accessToken + "\",\"refresh_token\":\"refresh\",\"id_token\":\"" + idToken
                + "\",\"client_info\":\"" + clientInfo + "\"}";
    }
}
