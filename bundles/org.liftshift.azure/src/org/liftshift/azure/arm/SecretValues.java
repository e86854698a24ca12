package org.liftshift.azure.arm;

import org.liftshift.model.target.SecretReference;

/**
 * Where the secret values of an integration runtime come from. An ARM template refers to
 * {@code securestring} parameters; a deployment from the workbench reads secure storage or Key Vault.
 */
@FunctionalInterface
public interface SecretValues {

    /**
     * @param secret  the design's reference to the secret (may be null)
     * @param purpose a stable camel-case name of what the secret is for, e.g. {@code catalogAdminPassword}
     * @return the value to put into the definition
     */
    String valueOf(SecretReference secret, String purpose);
}
