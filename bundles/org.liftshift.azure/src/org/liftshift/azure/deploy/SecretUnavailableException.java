package org.liftshift.azure.deploy;

/** A secret the deployment needs could not be read; the message says which and how to provide it. Nothing was written. */
public final class SecretUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    SecretUnavailableException(String message) {
        super(message);
    }
}
