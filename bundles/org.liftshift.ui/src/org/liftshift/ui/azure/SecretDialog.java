package org.liftshift.ui.azure;

import java.io.IOException;

import org.eclipse.core.runtime.ILog;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.liftshift.azure.deploy.DeploymentSecrets;
import org.liftshift.model.target.SecretKind;
import org.liftshift.model.target.SecretReference;

/**
 * Asks for a secret a deployment sends to Azure. A secret the design keeps in secure storage, which
 * does not hold it yet, can be kept there (encrypted) for the next deployment; nothing else stores it.
 */
public final class SecretDialog extends TitleAreaDialog {

    private final SecretReference secret;
    private final String purpose;
    private final ISecurePreferences storage;
    private Text field;
    private Button keep;
    private String value;

    /** @param storage the secure storage a secret may be kept in, or null */
    public SecretDialog(Shell parent, SecretReference secret, String purpose, ISecurePreferences storage) {
        super(parent);
        this.secret = secret;
        this.purpose = purpose;
        this.storage = storage;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Secret_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(NLS.bind(Messages.Secret_heading, purpose));
        setMessage(Messages.Secret_message);
        Composite body = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(body);
        new Label(body, SWT.NONE).setText(Messages.Secret_value);
        field = new Text(body, SWT.BORDER | SWT.PASSWORD);
        GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(field);
        if (storage != null && secret != null && secret.getKind() == SecretKind.SECURE_STORAGE && secret.getKey() != null) {
            keep = new Button(body, SWT.CHECK);
            keep.setText(NLS.bind(Messages.Secret_keep, secret.getKey()));
            GridDataFactory.fillDefaults().span(2, 1).applyTo(keep);
        }
        return area;
    }

    @Override
    protected void okPressed() {
        value = field.getText();
        if (keep != null && keep.getSelection()) {
            try {
                DeploymentSecrets.store(storage, secret.getKey(), value);
            } catch (StorageException | IOException e) {
                // the deployment goes on with the value typed; only keeping it failed
                ILog.of(SecretDialog.class).warn(NLS.bind(Messages.Secret_notKept, secret.getKey(), e.getMessage()));
            }
        }
        super.okPressed();
    }

    /** The value typed, or null when cancelled. */
    public String value() {
        return value;
    }

    Text field() {
        return field;
    }

    Button keep() {
        return keep;
    }
}
