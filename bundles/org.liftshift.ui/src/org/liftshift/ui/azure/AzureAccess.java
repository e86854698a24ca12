package org.liftshift.ui.azure;

import java.util.Objects;
import java.util.function.Function;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.liftshift.azure.deploy.AzureConnection;
import org.liftshift.azure.deploy.AzureSignIn;
import org.liftshift.model.target.Subscription;
import org.liftshift.ui.preferences.LiftshiftPreferences;

/**
 * How the workbench reaches Azure: a sign-in session per action, with the method and the cloud chosen
 * in the preferences (default chain, browser or device code; public, China or US Government). A device code is shown in a dialog that does
 * not block the sign-in. Products that embed Liftshift, and its tests, may route connections
 * elsewhere with {@link #route}.
 */
public final class AzureAccess {

    /** Makes a connector for a sign-in method in a cloud. */
    @FunctionalInterface
    public interface Router {
        Function<Subscription, AzureConnection> connector(AzureSignIn.Method method, AzureSignIn.Cloud cloud);
    }

    private static final Router SIGN_IN = (method, cloud) -> new AzureSignIn.Session(method, AzureAccess::showDeviceCode, cloud)::connect;

    private static volatile Router router = SIGN_IN;

    private AzureAccess() {
    }

    /** A new session's connector, signing in as the preferences say when first used. */
    public static Function<Subscription, AzureConnection> connector() {
        return router.connector(method(), cloud());
    }

    /** The cloud of the preferences. */
    public static AzureSignIn.Cloud cloud() {
        try {
            return AzureSignIn.Cloud.of(LiftshiftPreferences.get(LiftshiftPreferences.AZURE_CLOUD));
        } catch (IllegalArgumentException e) {
            return AzureSignIn.Cloud.AZURE;
        }
    }

    /** The sign-in method of the preferences. */
    public static AzureSignIn.Method method() {
        try {
            return AzureSignIn.Method.of(LiftshiftPreferences.get(LiftshiftPreferences.AZURE_SIGN_IN));
        } catch (IllegalArgumentException e) {
            return AzureSignIn.Method.DEFAULT;
        }
    }

    /**
     * Routes the connections of the workbench's Azure actions.
     *
     * @param next the router, or null for Microsoft Entra sign-in to Azure
     * @return the router used until now
     */
    public static Router route(Router next) {
        Router previous = router;
        router = next == null ? SIGN_IN : next;
        return previous;
    }

    private static void showDeviceCode(String message) {
        Display display = Display.getDefault();
        display.asyncExec(() -> {
            MessageDialog dialog = new MessageDialog(display.getActiveShell(), Messages.Azure_deviceCodeTitle, null,
                    Objects.requireNonNull(message), MessageDialog.INFORMATION, 0, Messages.Azure_ok);
            dialog.setBlockOnOpen(false);
            dialog.open();
        });
    }
}
