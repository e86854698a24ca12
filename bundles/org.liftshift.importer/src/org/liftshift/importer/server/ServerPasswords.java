package org.liftshift.importer.server;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.equinox.security.storage.EncodingUtils;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;

/**
 * SQL Server passwords an architect chose to remember, kept encrypted in Eclipse secure storage,
 * never in a model file or a log: one node per server, one encrypted entry per login.
 */
public final class ServerPasswords {

    /** Secure storage node of Liftshift's SQL Server logins. */
    static final String NODE = "org.liftshift/sql-servers";

    private final ISecurePreferences servers;

    private ServerPasswords(ISecurePreferences root) {
        this.servers = root.node(NODE);
    }

    /** The passwords in the user's default secure storage, or null when there is none on this platform. */
    public static ServerPasswords inDefaultStorage() {
        ISecurePreferences root = SecurePreferencesFactory.getDefault();
        return root == null ? null : new ServerPasswords(root);
    }

    /** The passwords under {@code root}, for example storage opened with {@link SecurePreferencesFactory#open}. */
    public static ServerPasswords in(ISecurePreferences root) {
        return new ServerPasswords(root);
    }

    /** The saved password of {@code user} on {@code server}. */
    public Optional<char[]> find(String server, String user) throws StorageException {
        String key = key(user);
        ISecurePreferences node = existing(server);
        if (node == null || !Arrays.asList(node.keys()).contains(key)) {
            return Optional.empty();
        }
        String password = node.get(key, null);
        return password == null ? Optional.empty() : Optional.of(password.toCharArray());
    }

    /** Saves the password encrypted and writes the storage at once. */
    public void save(String server, String user, char[] password) throws StorageException, IOException {
        servers.node(serverNode(server)).put(key(user), new String(password), true);
        servers.flush();
    }

    /** Removes a saved password; nothing happens when none is saved. */
    public void forget(String server, String user) throws IOException {
        ISecurePreferences node = existing(server);
        if (node != null) {
            node.remove(key(user));
            if (node.keys().length == 0) {
                node.removeNode();
            }
            servers.flush();
        }
    }

    private ISecurePreferences existing(String server) {
        String name = serverNode(server);
        return servers.nodeExists(name) ? servers.node(name) : null;
    }

    /** Server names are case-insensitive; a slash would start a child node, so it is encoded. */
    private static String serverNode(String server) {
        return EncodingUtils.encodeSlashes(server.strip().toLowerCase(Locale.ROOT));
    }

    /** An empty user is Windows or Entra integrated authentication, which has no password to save. */
    private static String key(String user) {
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("a password is saved for a login; give the user name");
        }
        return user.strip();
    }
}
