package org.liftshift.model.secrets;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The connection-string keys whose values are secrets, for every place that must keep them out of files. */
public final class ConnectionStringSecrets {

    private static final Set<String> KEYS = Set.of("password", "pwd", "accountkey", "sharedaccesssignature", "sharedaccesskey",
            "clientsecret", "client_secret", "sastoken", "token");

    private static final Pattern SECRET_PAIR = Pattern.compile("(?i)(^|;)\\s*(" + String.join("|", KEYS) + ")\\s*=");

    private ConnectionStringSecrets() {
    }

    public static boolean isSecretKey(String key) {
        return KEYS.contains(key.trim().toLowerCase(Locale.ROOT));
    }

    /** Whether {@code connectionString} sets any secret key. */
    public static boolean containsSecret(String connectionString) {
        return SECRET_PAIR.matcher(connectionString).find();
    }
}
