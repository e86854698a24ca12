package org.liftshift.azure.deploy;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

import com.azure.core.credential.TokenCredential;
import com.azure.core.http.HttpClient;
import com.azure.core.http.HttpPipeline;
import com.azure.core.http.HttpPipelineBuilder;
import com.azure.core.http.policy.BearerTokenAuthenticationPolicy;
import com.azure.core.exception.ClientAuthenticationException;
import com.azure.core.http.policy.ExponentialBackoffOptions;
import com.azure.core.http.policy.RequestRetryCondition;
import com.azure.core.http.policy.RetryOptions;
import com.azure.core.http.policy.RetryPolicy;
import com.azure.core.management.profile.AzureProfile;
import com.azure.resourcemanager.datafactory.DataFactoryManager;

/**
 * How Liftshift reaches one Azure subscription: the credential (tokens stay in memory, never in a
 * design or a log), the subscription and cloud, the HTTP client (passed explicitly: the SDK's
 * ServiceLoader lookup does not work inside OSGi), how often long-running operations are polled, and
 * the retries of throttled (429) and unavailable (5xx) requests, which honour Retry-After.
 */
public record AzureConnection(TokenCredential credential, AzureProfile profile, HttpClient httpClient, Duration pollInterval,
        RetryOptions retries) {

    /** The defaults for Azure: poll every 10 seconds; retry up to 5 times from 1 s, doubling up to 60 s. */
    public static AzureConnection of(TokenCredential credential, AzureProfile profile, HttpClient httpClient) {
        return new AzureConnection(credential, profile, httpClient, Duration.ofSeconds(10),
                retries(new ExponentialBackoffOptions().setMaxRetries(5).setBaseDelay(Duration.ofSeconds(1)).setMaxDelay(Duration.ofSeconds(60))));
    }

    /**
     * Retries with this backoff what may succeed later: throttling (429), timeouts (408), server
     * errors (5xx but 501 and 505) and failed connections. A failed sign-in is not retried: the same
     * credentials fail again, and the architect should hear why at once.
     */
    public static RetryOptions retries(ExponentialBackoffOptions backoff) {
        return new RetryOptions(backoff).setShouldRetryCondition(AzureConnection::worthRetrying);
    }

    static boolean worthRetrying(RequestRetryCondition condition) {
        if (condition.getThrowable() != null) {
            boolean transientFailure = false;
            for (Throwable cause = condition.getThrowable(); cause != null; cause = cause.getCause()) {
                if (cause instanceof ClientAuthenticationException) {
                    return false;
                }
                transientFailure |= cause instanceof IOException || cause instanceof TimeoutException;
            }
            return transientFailure;
        }
        int status = condition.getResponse().getStatusCode();
        return status == 408 || status == 429 || status >= 500 && status != 501 && status != 505;
    }

    public AzureConnection withPollInterval(Duration interval) {
        return new AzureConnection(credential, profile, httpClient, interval, retries);
    }

    public AzureConnection withRetries(RetryOptions options) {
        return new AzureConnection(credential, profile, httpClient, pollInterval, options);
    }

    public String subscriptionId() {
        return profile.getSubscriptionId();
    }

    /** For the Azure Resource Manager calls that have no management library here (network security rules). */
    HttpPipeline pipeline() {
        return pipeline(profile.getEnvironment().getManagementEndpoint().replaceAll("/+$", "") + "/.default");
    }

    /** A pipeline whose tokens are for {@code scope}, e.g. Key Vault's data plane. */
    HttpPipeline pipeline(String scope) {
        return new HttpPipelineBuilder().httpClient(httpClient)
                .policies(new RetryPolicy(retries), new BearerTokenAuthenticationPolicy(credential, scope)).build();
    }

    /** The Azure Resource Manager endpoint, ending with a slash. */
    String resourceManager() {
        String endpoint = profile.getEnvironment().getResourceManagerEndpoint();
        return endpoint.endsWith("/") ? endpoint : endpoint + "/";
    }

    /** The address of a key vault in this cloud, e.g. {@code https://kv-contoso.vault.azure.net/}. */
    String keyVault(String name) {
        return "https://" + name + profile.getEnvironment().getKeyVaultDnsSuffix() + "/";
    }

    /** The token scope of Key Vault's data plane in this cloud, e.g. {@code https://vault.azure.net/.default}. */
    String keyVaultScope() {
        return "https://" + profile.getEnvironment().getKeyVaultDnsSuffix().replaceFirst("^\\.", "") + "/.default";
    }

    DataFactoryManager dataFactory() {
        return DataFactoryManager.configure().withHttpClient(httpClient).withRetryOptions(retries).withDefaultPollInterval(pollInterval)
                .authenticate(credential, profile);
    }
}
