package org.liftshift.testing;

import java.nio.file.Path;
import java.util.Map;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.provider.IProviderHints;

/** Eclipse secure storage in a file of the test's own, its master password given directly instead of asked from a person. */
public final class TestSecureStorage {

    private TestSecureStorage() {
    }

    public static ISecurePreferences open(Path file) {
        try {
            return SecurePreferencesFactory.open(file.toUri().toURL(), Map.of(IProviderHints.DEFAULT_PASSWORD,
                    new PBEKeySpec("test master password".toCharArray()), IProviderHints.PROMPT_USER, Boolean.FALSE));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot open secure storage " + file, e);
        }
    }
}
