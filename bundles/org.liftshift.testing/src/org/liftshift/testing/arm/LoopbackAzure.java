package org.liftshift.testing.arm;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;

import org.liftshift.azure.deploy.AzureConnection;

import com.azure.core.credential.AccessToken;
import com.azure.core.http.jdk.httpclient.JdkHttpClientBuilder;
import com.azure.core.http.policy.ExponentialBackoffOptions;
import com.azure.core.http.policy.RetryOptions;
import com.azure.core.management.AzureEnvironment;
import com.azure.core.management.profile.AzureProfile;

import reactor.core.publisher.Mono;

/** A connection of the real Azure SDK to a {@link LoopbackArm}: a fixed token, fast polling and retries. */
public final class LoopbackAzure {

    public static final String TOKEN = "loopback-token";

    private LoopbackAzure() {
    }

    public static AzureConnection connection(LoopbackArm arm, String tenant, String subscription) {
        AzureEnvironment environment = new AzureEnvironment(Map.of("resourceManagerEndpointUrl", arm.baseUrl(), "managementEndpointUrl",
                arm.baseUrl(), "activeDirectoryEndpointUrl", "https://login.invalid/"));
        var client = new JdkHttpClientBuilder(java.net.http.HttpClient.newBuilder().sslContext(arm.clientTls())).build();
        return AzureConnection.of(request -> Mono.just(new AccessToken(TOKEN, OffsetDateTime.now().plusHours(1))),
                new AzureProfile(tenant, subscription, environment), client).withPollInterval(Duration.ofMillis(10))
                .withRetries(new RetryOptions(new ExponentialBackoffOptions().setMaxRetries(3).setBaseDelay(Duration.ofMillis(10))
                        .setMaxDelay(Duration.ofMillis(50))));
    }
}
