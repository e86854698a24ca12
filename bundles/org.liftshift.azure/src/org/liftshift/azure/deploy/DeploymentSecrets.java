package org.liftshift.azure.deploy;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.equinox.security.storage.EncodingUtils;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.StorageException;
import org.liftshift.azure.arm.SecretValues;
import org.liftshift.model.target.SecretReference;

/**
 * The secrets of one deployment, each from where the design says it is kept: Azure Key Vault (read
 * with the signed-in identity), the Eclipse secure storage, or asked for (also when secure storage
 * does not hold it yet). Each secret is resolved once per deployment and kept in memory only; it
 * goes to Azure in the runtime's definition and nowhere else.
 */
public final class DeploymentSecrets {

    /** Secure storage node of the secrets designs refer to by key; each key is one encrypted entry. */
    public static final String NODE = "org.liftshift/secrets";

    private final ISecurePreferences storage;
    private final SecretValues ask;
    private final Map<Object, String> resolved = new HashMap<>();

    /**
     * @param storage the secure storage root, or null where the platform has none
     * @param ask     asks the architect for a secret that is kept nowhere Liftshift can read
     */
    public DeploymentSecrets(ISecurePreferences storage, SecretValues ask) {
        this.storage = storage;
        this.ask = ask;
    }

    /** The secrets as read over {@code connection}, the one of the runtime being deployed (Key Vault tokens come from it). */
    public SecretValues through(AzureConnection connection) {
        KeyVaultSecrets vault = new KeyVaultSecrets(connection);
        return (secret, purpose) -> {
            Object key = identity(secret, purpose);
            String value = resolved.get(key);
            if (value == null) {
                value = resolve(secret, purpose, vault);
                resolved.put(key, value);
            }
            return value;
        };
    }

    private String resolve(SecretReference secret, String purpose, KeyVaultSecrets vault) {
        if (secret == null || secret.getKind() == null) {
            return ask.valueOf(secret, purpose);
        }
        return switch (secret.getKind()) {
            case KEY_VAULT -> {
                if (secret.getKeyVault() == null || secret.getKey() == null || secret.getKey().isBlank()) {
                    throw new SecretUnavailableException("The " + purpose + " is kept in Key Vault, but the design names no vault or"
                            + " secret name. Choose both on the design's Setup page, then deploy again.");
                }
                yield vault.read(secret.getKeyVault().getName(), secret.getKey());
            }
            case SECURE_STORAGE -> stored(storage, secret.getKey()).orElseGet(() -> ask.valueOf(secret, purpose));
            case PROMPT -> ask.valueOf(secret, purpose);
        };
    }

    /** Secrets kept in a vault or in secure storage are the same wherever referred to; others are asked for each use. */
    private static Object identity(SecretReference secret, String purpose) {
        if (secret == null || secret.getKind() == null) {
            return purpose;
        }
        return switch (secret.getKind()) {
            case KEY_VAULT -> "vault:" + (secret.getKeyVault() == null ? "" : secret.getKeyVault().getName()) + "/" + secret.getKey();
            case SECURE_STORAGE -> "storage:" + secret.getKey();
            case PROMPT -> secret;
        };
    }

    /** The value secure storage holds for a design's key, if it holds one and can be opened. */
    public static Optional<String> stored(ISecurePreferences root, String key) {
        if (root == null || key == null || key.isBlank() || !root.nodeExists(NODE)) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(root.node(NODE).get(EncodingUtils.encodeSlashes(key), null));
        } catch (StorageException e) {
            // storage that cannot be unlocked here (no password provider, cancelled) is the same as an empty one: ask instead
            return Optional.empty();
        }
    }

    /** Keeps a value encrypted under a design's key and writes the storage at once. */
    public static void store(ISecurePreferences root, String key, String value) throws StorageException, IOException {
        root.node(NODE).put(EncodingUtils.encodeSlashes(key), value, true);
        root.flush();
    }
}
