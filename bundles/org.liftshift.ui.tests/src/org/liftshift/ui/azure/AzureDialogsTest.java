package org.liftshift.ui.azure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liftshift.azure.deploy.AvailableSubscription;
import org.liftshift.azure.deploy.DeploymentAction;
import org.liftshift.azure.deploy.DeploymentAction.Kind;
import org.liftshift.azure.deploy.DeploymentSecrets;
import org.liftshift.model.target.SecretKind;
import org.liftshift.model.target.SecretReference;
import org.liftshift.model.target.Subscription;
import org.liftshift.model.target.TargetFactory;
import org.liftshift.testing.TestSecureStorage;
import org.liftshift.ui.Widgets;

/** The dialogs of a workbench deployment: the preview, the subscription choice and a secret. */
class AzureDialogsTest {

    private static final String FACTORY = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.DataFactory/factories/adf-contoso";

    @TempDir
    Path work;

    private final Shell shell = new Shell(Display.getCurrent());

    @AfterEach
    void close() {
        shell.dispose();
    }

    @Test
    void thePreviewListsEachChangeInOrderAndWarnsOfMissingLinkedServices() {
        List<DeploymentAction> planned = List.of(new DeploymentAction(Kind.CREATE_FACTORY, FACTORY, "the factory does not exist"),
                new DeploymentAction(Kind.REQUIRE_LINKED_SERVICE, FACTORY + "/linkedservices/ls-packages", "package store Ops uses it"));
        DeploymentPreviewDialog dialog = new DeploymentPreviewDialog(shell, "contoso.liftshift", planned);
        dialog.setBlockOnOpen(false);
        dialog.open();

        Table table = dialog.table().getTable();
        assertThat(table.getItemCount()).isEqualTo(2);
        assertThat(table.getItem(0).getText(0)).isEqualTo("create data factory");
        assertThat(table.getItem(0).getText(1)).isEqualTo("providers/Microsoft.DataFactory/factories/adf-contoso");
        assertThat(table.getItem(1).getText(1)).isEqualTo("factories/adf-contoso/linkedservices/ls-packages");
        assertThat(table.getItem(1).getText(2)).isEqualTo("package store Ops uses it");
        assertThat(table.getItem(1).getImage()).as("a missing linked service is flagged").isNotNull();
        assertThat(dialog.getShell().getText()).isEqualTo(Messages.Deploy_title);

        Widgets.click(Widgets.button(dialog.getShell(), "Deploy"));
        assertThat(dialog.getReturnCode()).isEqualTo(Window.OK);
    }

    @Test
    void theSubscriptionTheDesignNamesIsPreselectedAndADisabledOneCannotBeChosen() {
        Subscription designed = TargetFactory.eINSTANCE.createSubscription();
        designed.setName("Contoso Production");
        AvailableSubscription production = new AvailableSubscription("6f1c", "t1", "Contoso Production", "Enabled");
        AvailableSubscription old = new AvailableSubscription("0ld", "t1", "Contoso Legacy", "Disabled");
        SubscriptionDialog dialog = new SubscriptionDialog(shell, designed, List.of(old, production));
        dialog.setBlockOnOpen(false);
        dialog.open();

        assertThat(((IStructuredSelection) dialog.table().getSelection()).getFirstElement()).isEqualTo(production);
        assertThat(Widgets.button(dialog.getShell(), IDialogConstants.OK_LABEL).isEnabled()).isTrue();
        dialog.table().setSelection(new StructuredSelection(old), true);
        assertThat(Widgets.button(dialog.getShell(), IDialogConstants.OK_LABEL).isEnabled()).isFalse();
        dialog.table().setSelection(new StructuredSelection(production), true);
        Widgets.click(Widgets.button(dialog.getShell(), IDialogConstants.OK_LABEL));

        assertThat(dialog.getReturnCode()).isEqualTo(Window.OK);
        assertThat(dialog.chosen()).isEqualTo(production);
    }

    @Test
    void aSecretForSecureStorageCanBeKeptThereEncryptedAndOneToAskForCannot() {
        ISecurePreferences storage = TestSecureStorage.open(work.resolve("secure_storage"));
        SecretReference stored = TargetFactory.eINSTANCE.createSecretReference();
        stored.setKind(SecretKind.SECURE_STORAGE);
        stored.setKey("liftshift/contoso/ops/custom-setup-sas");
        SecretDialog dialog = new SecretDialog(shell, stored, "customSetupContainerSasUri", storage);
        dialog.setBlockOnOpen(false);
        dialog.open();

        dialog.field().setText("https://sa.blob.core.windows.net/setup?sig=\u00e9");
        Widgets.click(dialog.keep());
        Widgets.click(Widgets.button(dialog.getShell(), IDialogConstants.OK_LABEL));

        assertThat(dialog.value()).isEqualTo("https://sa.blob.core.windows.net/setup?sig=\u00e9");
        assertThat(DeploymentSecrets.stored(storage, "liftshift/contoso/ops/custom-setup-sas")).contains(dialog.value());

        SecretReference prompt = TargetFactory.eINSTANCE.createSecretReference();
        prompt.setKind(SecretKind.PROMPT);
        SecretDialog asked = new SecretDialog(shell, prompt, "catalogAdminPassword", storage);
        asked.setBlockOnOpen(false);
        asked.open();
        assertThat(asked.keep()).as("only a secure-storage secret may be kept").isNull();
        Widgets.click(Widgets.button(asked.getShell(), IDialogConstants.CANCEL_LABEL));
        assertThat(asked.value()).isNull();
    }
}
