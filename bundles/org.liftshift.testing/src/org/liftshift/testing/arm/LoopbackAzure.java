package org.liftshift.testing.arm;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.liftshift.azure.deploy.AzureConnection;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenCredential;
import com.azure.core.http.HttpClient;
import com.azure.core.http.HttpRequest;
import com.azure.core.http.HttpResponse;
import com.azure.core.http.jdk.httpclient.JdkHttpClientBuilder;
import com.azure.core.http.policy.ExponentialBackoffOptions;
import com.azure.core.management.AzureEnvironment;
import com.azure.core.management.profile.AzureProfile;
import com.azure.core.util.Context;

import reactor.core.publisher.Mono;

/**
 * A connection of the real Azure SDK to a {@link LoopbackArm}: a fixed token (the scopes asked for
 * are recorded), fast polling and retries, and a cloud whose key vaults are
 * {@code https://<name>.vault.loopback.test/}. As DNS would, the test's HTTP client sends a vault's
 * requests to the loopback server, under {@code /vault/<name>/...}.
 */
public final class LoopbackAzure {

    public static final String TOKEN = "loopback-token";
    public static final String KEY_VAULT_SUFFIX = ".vault.loopback.test";

    private LoopbackAzure() {
    }

    public static AzureConnection connection(LoopbackArm arm, String tenant, String subscription) {
        return connection(arm, tenant, subscription, new CopyOnWriteArrayList<>());
    }

    /** @param scopes receives the scopes of every token the SDK asks for */
    public static AzureConnection connection(LoopbackArm arm, String tenant, String subscription, List<String> scopes) {
        AzureEnvironment environment = new AzureEnvironment(Map.of("resourceManagerEndpointUrl", arm.baseUrl(), "managementEndpointUrl",
                arm.baseUrl(), "activeDirectoryEndpointUrl", "https://login.invalid/", "keyVaultDnsSuffix", KEY_VAULT_SUFFIX));
        TokenCredential credential = request -> {
            scopes.addAll(request.getScopes());
            return Mono.just(new AccessToken(TOKEN, OffsetDateTime.now().plusHours(1)));
        };
        return AzureConnection.of(credential, new AzureProfile(tenant, subscription, environment), client(arm))
                .withPollInterval(Duration.ofMillis(10)).withRetries(AzureConnection.retries(new ExponentialBackoffOptions().setMaxRetries(3)
                        .setBaseDelay(Duration.ofMillis(10)).setMaxDelay(Duration.ofMillis(50))));
    }

    /** The HTTP client that trusts the loopback server and resolves the loopback cloud's vaults to it. */
    public static HttpClient client(LoopbackArm arm) {
        HttpClient jdk = new JdkHttpClientBuilder(java.net.http.HttpClient.newBuilder().sslContext(arm.clientTls())).build();
        return new HttpClient() {
            @Override
            public Mono<HttpResponse> send(HttpRequest request) {
                return jdk.send(routed(request));
            }

            @Override
            public Mono<HttpResponse> send(HttpRequest request, Context context) {
                return jdk.send(routed(request), context);
            }

            @Override
            public HttpResponse sendSync(HttpRequest request, Context context) {
                return jdk.sendSync(routed(request), context);
            }

            private HttpRequest routed(HttpRequest request) {
                String host = request.getUrl().getHost();
                if (host.endsWith(KEY_VAULT_SUFFIX)) {
                    String vault = host.substring(0, host.length() - KEY_VAULT_SUFFIX.length());
                    String rest = request.getUrl().getFile();
                    request.setUrl(arm.baseUrl() + "vault/" + vault + rest);
                }
                return request;
            }
        };
    }
}
