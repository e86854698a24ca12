package org.liftshift.azure.deploy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import com.azure.core.http.HttpMethod;
import com.azure.core.http.HttpPipeline;
import com.azure.core.http.HttpRequest;
import com.azure.core.http.HttpResponse;
import com.azure.core.util.Context;

/**
 * Reads secrets from Azure Key Vault's data plane with the signed-in identity, over the connection's
 * HTTP client and retries. The value is returned to the caller and kept nowhere else.
 */
final class KeyVaultSecrets {

    static final String API_VERSION = "7.5";

    private static final Pattern VAULT_NAME = Pattern.compile("[A-Za-z](?:[A-Za-z0-9]|-(?!-)){1,22}[A-Za-z0-9]");

    private final AzureConnection connection;
    private HttpPipeline pipeline;

    KeyVaultSecrets(AzureConnection connection) {
        this.connection = connection;
    }

    /**
     * The current version of secret {@code name} in vault {@code vault}.
     *
     * @throws SecretUnavailableException when the vault answers that the secret is missing or not readable
     */
    String read(String vault, String name) {
        // the vault's name becomes the host its token is sent to: only a name Azure allows, never another host
        if (vault == null || !VAULT_NAME.matcher(vault).matches()) {
            throw new SecretUnavailableException("'" + vault + "' is not a key vault name (3 to 24 letters, digits and hyphens, starting"
                    + " with a letter); correct the design's key vault, then deploy again.");
        }
        if (pipeline == null) {
            pipeline = connection.pipeline(connection.keyVaultScope());
        }
        String url = connection.keyVault(vault) + "secrets/" + URLEncoder.encode(name, StandardCharsets.UTF_8) + "?api-version="
                + API_VERSION;
        try (HttpResponse response = pipeline.sendSync(new HttpRequest(HttpMethod.GET, url), Context.NONE)) {
            String body = response.getBodyAsBinaryData().toString();
            int status = response.getStatusCode();
            if (status == 200) {
                String value = JsonFields.text(body, "value");
                if (value != null) {
                    return value;
                }
            }
            String where = "secret '" + name + "' of key vault '" + vault + "'";
            throw new SecretUnavailableException(switch (status) {
                case 404 -> "There is no " + where + ". Add it (Set-AzKeyVaultSecret -VaultName '" + vault + "' -Name '" + name
                        + "') or correct the design's reference, then deploy again.";
                case 401, 403 -> "You may not read the " + where + ": " + message(body)
                        + ". Ask for the Key Vault Secrets User role on the vault (or a get-secret access policy), then deploy again.";
                default -> "Key Vault answered " + status + " for the " + where + ": " + message(body);
            });
        }
    }

    private static String message(String body) {
        String message = JsonFields.text(body, "error", "message");
        return message == null ? "no reason given" : message;
    }
}
