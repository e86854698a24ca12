package org.liftshift.cli.internal;

import java.util.function.Function;

import org.liftshift.azure.deploy.AzureConnection;
import org.liftshift.azure.deploy.AzureSignIn;
import org.liftshift.cli.CommandContext;
import org.liftshift.model.target.Subscription;

/**
 * How {@code deploy} and {@code drift} reach Azure: {@code --sign-in default|browser|device-code} in
 * the {@code --cloud}, with the subscription and tenant the design names. Tests give their own connector.
 */
@FunctionalInterface
public interface AzureOptions {

    /** The connector for a sign-in method in a cloud, signing in once per tenant; device codes are printed on the error stream. */
    Function<Subscription, AzureConnection> connector(AzureSignIn.Method method, AzureSignIn.Cloud cloud, CommandContext context);

    static AzureOptions signIn() {
        return (method, cloud, context) -> new AzureSignIn.Session(method, context.err()::println, cloud)::connect;
    }
}
