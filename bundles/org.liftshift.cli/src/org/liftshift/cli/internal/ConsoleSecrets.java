package org.liftshift.cli.internal;

import java.io.Console;

import org.eclipse.osgi.util.NLS;
import org.liftshift.azure.arm.SecretValues;
import org.liftshift.model.target.SecretReference;

/**
 * The secrets a deployment sends (SQL admin password, custom setup SAS URI, express setup keys),
 * asked for on the terminal without echo: they go to Azure and nowhere else, not into the design, a
 * file or the output.
 */
final class ConsoleSecrets implements SecretValues {

    @Override
    public String valueOf(SecretReference secret, String purpose) {
        String name = secret == null || secret.getKey() == null ? purpose : secret.getKey();
        Console console = System.console();
        if (console == null) {
            throw new IllegalStateException(NLS.bind(Messages.Deploy_noConsole, name));
        }
        char[] value = console.readPassword(NLS.bind(Messages.Deploy_secretPrompt, purpose, name));
        return value == null ? "" : new String(value);
    }
}
