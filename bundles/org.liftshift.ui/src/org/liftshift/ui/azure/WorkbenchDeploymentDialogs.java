package org.liftshift.ui.azure;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.liftshift.azure.deploy.AvailableSubscription;
import org.liftshift.azure.deploy.DeploymentAction;
import org.liftshift.model.target.SecretReference;
import org.liftshift.model.target.Subscription;

/** Asks the architect with dialogs on the display thread, waiting for the answer on the job's thread. */
public final class WorkbenchDeploymentDialogs implements DeploymentDialogs {

    private final Display display;
    private final ISecurePreferences storage;

    /** @param storage where a secret the architect chooses to keep is saved (null: none) */
    public WorkbenchDeploymentDialogs(Display display, ISecurePreferences storage) {
        this.display = display;
        this.storage = storage;
    }

    @Override
    public AvailableSubscription chooseSubscription(Subscription designed, List<AvailableSubscription> available) {
        return ask(() -> {
            SubscriptionDialog dialog = new SubscriptionDialog(shell(), designed, available);
            return dialog.open() == Window.OK ? dialog.chosen() : null;
        });
    }

    @Override
    public boolean confirm(String design, List<DeploymentAction> planned) {
        return Boolean.TRUE.equals(ask(() -> new DeploymentPreviewDialog(shell(), design, planned).open() == Window.OK));
    }

    @Override
    public String secret(SecretReference secret, String purpose) {
        return ask(() -> {
            SecretDialog dialog = new SecretDialog(shell(), secret, purpose, storage);
            return dialog.open() == Window.OK ? dialog.value() : null;
        });
    }

    private Shell shell() {
        return display.getActiveShell();
    }

    private <T> T ask(Supplier<T> question) {
        AtomicReference<T> answer = new AtomicReference<>();
        display.syncExec(() -> answer.set(question.get()));
        return answer.get();
    }
}
