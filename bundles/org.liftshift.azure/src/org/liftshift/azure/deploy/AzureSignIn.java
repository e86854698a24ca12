package org.liftshift.azure.deploy;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.liftshift.model.navigation.DesignNavigation;
import org.liftshift.model.target.Subscription;

import com.azure.core.credential.TokenCredential;
import com.azure.core.http.HttpClient;
import com.azure.core.http.jdk.httpclient.JdkHttpClientBuilder;
import com.azure.core.management.AzureEnvironment;
import com.azure.core.management.profile.AzureProfile;
import com.azure.core.util.Configuration;
import com.azure.identity.AzureAuthorityHosts;
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

    /** The Azure clouds an architect deploys to: the public cloud, Azure operated by 21Vianet in China, Azure US Government. */
    public enum Cloud {
        AZURE, CHINA, USGOV;

        /** {@code azure}, {@code china} or {@code usgov}. */
        public static Cloud of(String text) {
            return valueOf(text.toUpperCase(Locale.ROOT));
        }

        /** The cloud's Entra authority, Resource Manager and Key Vault suffix. */
        public AzureEnvironment environment() {
            return switch (this) {
                case AZURE -> publicCloud();
                case CHINA -> AzureEnvironment.AZURE_CHINA;
                case USGOV -> AzureEnvironment.AZURE_US_GOVERNMENT;
            };
        }
    }

    private AzureSignIn() {
    }

    /**
     * Azure's public cloud, signing in at {@code AZURE_AUTHORITY_HOST} when the environment names
     * another authority, as the Azure CLI and SDKs do.
     */
    public static AzureEnvironment publicCloud() {
        // read each time (the SDK's global configuration keeps the first answer); a system property wins, as in the SDK
        String authority = System.getProperty(Configuration.PROPERTY_AZURE_AUTHORITY_HOST,
                System.getenv(Configuration.PROPERTY_AZURE_AUTHORITY_HOST));
        if (authority == null || authority.isBlank()) {
            return AzureEnvironment.AZURE;
        }
        Map<String, String> endpoints = new HashMap<>(AzureEnvironment.AZURE.getEndpoints());
        endpoints.put("activeDirectoryEndpointUrl", authority.endsWith("/") ? authority : authority + "/");
        return new AzureEnvironment(endpoints);
    }

    /**
     * One sign-in per tenant for a whole command or workbench action: the credential is made once per
     * tenant and reused for every subscription, so that a browser or device-code sign-in is not asked
     * for again for each runtime.
     */
    public static final class Session {

        private final Method method;
        private final Consumer<String> deviceCodeMessages;
        private final AzureEnvironment cloud;
        private final HttpClient client;
        private final Map<String, TokenCredential> credentials = new HashMap<>();

        private static final Set<String> KNOWN_AUTHORITIES = Set.of(AzureAuthorityHosts.AZURE_PUBLIC_CLOUD, AzureAuthorityHosts.AZURE_CHINA,
                AzureAuthorityHosts.AZURE_GOVERNMENT).stream().map(host -> host.replaceAll("/+$", "").toLowerCase(Locale.ROOT))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());

        /** @param deviceCodeMessages where the device code and the address to enter it go (device code only) */
        public Session(Method method, Consumer<String> deviceCodeMessages) {
            this(method, deviceCodeMessages, Cloud.AZURE);
        }

        public Session(Method method, Consumer<String> deviceCodeMessages, Cloud cloud) {
            // the SDK looks its HTTP client up with ServiceLoader, which finds nothing inside OSGi: give it one
            this(method, deviceCodeMessages, cloud.environment(), new JdkHttpClientBuilder().build());
        }

        /**
         * A session in another cloud (Azure China, Azure US Government, Azure Stack): its Microsoft Entra
         * authority and Resource Manager, over {@code client}.
         */
        public Session(Method method, Consumer<String> deviceCodeMessages, AzureEnvironment cloud, HttpClient client) {
            this.method = method;
            this.deviceCodeMessages = deviceCodeMessages;
            this.cloud = cloud;
            this.client = client;
        }

        /**
         * A connection to the subscription and tenant the design names; either may still be unknown
         * (any tenant of the identity, no subscription), which is enough to list subscriptions.
         */
        public synchronized AzureConnection connect(Subscription subscription) {
            String tenant = DesignNavigation.hasText(subscription.getTenantId()) ? subscription.getTenantId() : null;
            TokenCredential credential = credentials.computeIfAbsent(tenant == null ? "" : tenant, key -> credential(tenant));
            return AzureConnection.of(credential, new AzureProfile(tenant, subscription.getSubscriptionId(), cloud), client);
        }

        private TokenCredential credential(String tenant) {
            String authority = cloud.getActiveDirectoryEndpoint();
            // Microsoft Entra validates the authorities of its own clouds; an Azure Stack authority is not one of them
            boolean known = KNOWN_AUTHORITIES.contains(authority.replaceAll("/+$", "").toLowerCase(Locale.ROOT));
            return switch (method) {
                case DEFAULT -> {
                    DefaultAzureCredentialBuilder builder = new DefaultAzureCredentialBuilder().httpClient(client).authorityHost(authority);
                    builder = known ? builder : builder.disableInstanceDiscovery();
                    yield (tenant == null ? builder : builder.tenantId(tenant)).build();
                }
                case BROWSER -> {
                    InteractiveBrowserCredentialBuilder builder = new InteractiveBrowserCredentialBuilder().httpClient(client)
                            .authorityHost(authority);
                    builder = known ? builder : builder.disableInstanceDiscovery();
                    yield (tenant == null ? builder : builder.tenantId(tenant)).build();
                }
                case DEVICE_CODE -> {
                    DeviceCodeCredentialBuilder builder = new DeviceCodeCredentialBuilder().httpClient(client).authorityHost(authority)
                            .challengeConsumer(challenge -> deviceCodeMessages.accept(challenge.getMessage()));
                    builder = known ? builder : builder.disableInstanceDiscovery();
                    yield (tenant == null ? builder : builder.tenantId(tenant)).build();
                }
            };
        }
    }
}
