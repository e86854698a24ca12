package org.liftshift.azure.deploy;

import java.util.Locale;
import java.util.function.Consumer;

import org.liftshift.model.target.Subscription;

import com.azure.core.credential.TokenCredential;
import com.azure.core.http.HttpClient;
import com.azure.core.http.jdk.httpclient.JdkHttpClientBuilder;
import com.azure.core.management.AzureEnvironment;
import com.azure.core.management.profile.AzureProfile;
import com.azure.identity.DefaultAzureCredentialBuilder;
import com.azure.identity.DeviceCodeCredentialBuilder;
import com.azure.identity.InteractiveBrowserCredentialBuilder;

/**
 * Signs in to the subscription and tenant a design names, with Microsoft Entra ID: the default chain
 * (environment, workload and managed identity, Azure CLI, PowerShell), an interactive browser, or a
 * device code for machines without one. Tokens live in memory only.
 */
public final class AzureSignIn {

    public enum Method {
        DEFAULT, BROWSER, DEVICE_CODE;

        /** {@code default}, {@code browser} or {@code device-code}. */
        public static Method of(String text) {
            return valueOf(text.toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }

    private AzureSignIn() {
    }

    /**
     * @param deviceCodeMessages where the device code and the address to enter it go (device code only)
     */
    public static AzureConnection connect(Subscription subscription, Method method, Consumer<String> deviceCodeMessages) {
        // the SDK looks its HTTP client up with ServiceLoader, which finds nothing inside OSGi: give it one
        HttpClient client = new JdkHttpClientBuilder().build();
        String tenant = subscription.getTenantId();
        TokenCredential credential = switch (method) {
            case DEFAULT -> new DefaultAzureCredentialBuilder().httpClient(client).tenantId(tenant).build();
            case BROWSER -> new InteractiveBrowserCredentialBuilder().httpClient(client).tenantId(tenant).build();
            case DEVICE_CODE -> new DeviceCodeCredentialBuilder().httpClient(client).tenantId(tenant)
                    .challengeConsumer(challenge -> deviceCodeMessages.accept(challenge.getMessage())).build();
        };
        return AzureConnection.of(credential, new AzureProfile(tenant, subscription.getSubscriptionId(), AzureEnvironment.AZURE), client);
    }
}
