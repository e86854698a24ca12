package org.liftshift.ui.wizards;

import java.lang.reflect.InvocationTargetException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.liftshift.azure.sql.SqlAuthentication;
import org.liftshift.azure.sql.SqlServerConnectionUrl;
import org.liftshift.importer.server.DiscoveryQuery;
import org.liftshift.importer.server.JdbcConnections;
import org.liftshift.ui.editor.DesignEditor;

/**
 * The SQL Server to read SSISDB and msdb from: server, port, authentication (SQL, Windows or one of
 * the Microsoft Entra modes), login and password where the mode needs them, whether to trust the
 * server's certificate (the connection is always encrypted and read-only), whether to remember the
 * password in Eclipse secure storage, and a Test Connection button.
 */
final class ServerConnectionPage extends WizardPage {

    /** The authentication modes, in the order the combo lists them, with their labels. */
    static final List<SqlAuthentication> MODES = List.of(SqlAuthentication.SQL_PASSWORD, SqlAuthentication.WINDOWS_INTEGRATED,
            SqlAuthentication.ENTRA_PASSWORD, SqlAuthentication.ENTRA_INTERACTIVE, SqlAuthentication.ENTRA_MANAGED_IDENTITY,
            SqlAuthentication.ENTRA_DEFAULT);
    private static final String[] MODE_LABELS = { Messages.Server_modeSql, Messages.Server_modeWindows, Messages.Server_modeEntraPassword,
            Messages.Server_modeEntraInteractive, Messages.Server_modeEntraManagedIdentity, Messages.Server_modeEntraDefault };

    /** How long a connection attempt waits for the server: the architect is waiting at the dialog. */
    static final int LOGIN_TIMEOUT_SECONDS = 15;

    private final IFile initialDesign;
    private Text server;
    private Text port;
    private Combo authentication;
    private Text user;
    private Text password;
    private Button remember;
    private Button trust;
    private Text design;
    private Label tested;

    ServerConnectionPage(IFile initialDesign) {
        super("server"); //$NON-NLS-1$
        this.initialDesign = initialDesign;
        setTitle(Messages.Server_pageTitle);
        setDescription(Messages.Server_pageDescription);
    }

    @Override
    public void createControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(2, false));
        server = field(body, Messages.Server_server, "server.host", SWT.BORDER); //$NON-NLS-1$
        port = field(body, "&Port:", "server.port", SWT.BORDER); //$NON-NLS-1$ //$NON-NLS-2$
        port.setText(Integer.toString(SqlServerConnectionUrl.DEFAULT_PORT));
        new Label(body, SWT.NONE).setText("&Authentication:"); //$NON-NLS-1$
        authentication = new Combo(body, SWT.READ_ONLY);
        authentication.setItems(MODE_LABELS);
        authentication.select(0);
        authentication.setData(DesignEditor.TEST_ID, "server.authentication"); //$NON-NLS-1$
        authentication.addListener(SWT.Selection, e -> validate());
        user = field(body, "&Login:", "server.user", SWT.BORDER); //$NON-NLS-1$ //$NON-NLS-2$
        password = field(body, Messages.Server_password, "server.password", SWT.BORDER | SWT.PASSWORD); //$NON-NLS-1$
        new Label(body, SWT.NONE);
        remember = new Button(body, SWT.CHECK);
        remember.setText(Messages.Server_remember);
        remember.setData(DesignEditor.TEST_ID, "server.remember"); //$NON-NLS-1$
        new Label(body, SWT.NONE);
        trust = new Button(body, SWT.CHECK);
        trust.setText(Messages.Server_trust);
        trust.setData(DesignEditor.TEST_ID, "server.trust"); //$NON-NLS-1$
        design = field(body, Messages.Server_design, "server.design", SWT.BORDER); //$NON-NLS-1$
        if (initialDesign != null) {
            design.setText(initialDesign.getFullPath().toString());
        }
        Button test = new Button(body, SWT.PUSH);
        test.setText(Messages.Server_test);
        test.setData(DesignEditor.TEST_ID, "server.test"); //$NON-NLS-1$
        test.addListener(SWT.Selection, e -> testConnection());
        tested = new Label(body, SWT.WRAP);
        tested.setData(DesignEditor.TEST_ID, "server.tested"); //$NON-NLS-1$
        GridData testedData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        testedData.widthHint = 380;
        tested.setLayoutData(testedData);
        setControl(body);
        validate();
    }

    private Text field(Composite body, String label, String testId, int style) {
        new Label(body, SWT.NONE).setText(label);
        Text text = new Text(body, style);
        text.setData(DesignEditor.TEST_ID, testId);
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        text.addModifyListener(e -> validate());
        return text;
    }

    SqlAuthentication mode() {
        return MODES.get(Math.max(0, authentication.getSelectionIndex()));
    }

    static boolean needsUser(SqlAuthentication mode) {
        return mode == SqlAuthentication.SQL_PASSWORD || mode == SqlAuthentication.ENTRA_PASSWORD || mode == SqlAuthentication.ENTRA_INTERACTIVE;
    }

    static boolean needsPassword(SqlAuthentication mode) {
        return mode == SqlAuthentication.SQL_PASSWORD || mode == SqlAuthentication.ENTRA_PASSWORD;
    }

    private void validate() {
        if (design == null) {
            // fields fire while the page is still being built
            return;
        }
        SqlAuthentication mode = mode();
        user.setEnabled(needsUser(mode));
        password.setEnabled(needsPassword(mode));
        remember.setEnabled(needsPassword(mode));
        String problem = null;
        if (server.getText().isBlank()) {
            problem = Messages.Server_noServer;
        } else if (!port.getText().strip().matches("\\d{1,5}")) { //$NON-NLS-1$
            problem = Messages.Server_badPort;
        } else if (needsUser(mode) && user.getText().isBlank()) {
            problem = Messages.Server_noLogin;
        } else {
            problem = ImportSourcesPage.designProblem(design.getText().strip());
        }
        setErrorMessage(problem);
        setPageComplete(problem == null);
    }

    /** The connection URL of the page's choices: encrypted, read-only, never with the password. */
    SqlServerConnectionUrl url() {
        SqlAuthentication mode = mode();
        return SqlServerConnectionUrl.forHost(server.getText().strip()).port(Integer.parseInt(port.getText().strip()))
                .authentication(mode, needsUser(mode) ? user.getText().strip() : null).trustServerCertificate(trust.getSelection())
                .loginTimeoutSeconds(LOGIN_TIMEOUT_SECONDS);
    }

    /** The typed password, or null when the mode takes none or none was typed. */
    char[] password() {
        return needsPassword(mode()) && !password.getText().isEmpty() ? password.getText().toCharArray() : null;
    }

    String server() {
        return server.getText().strip();
    }

    String user() {
        return user.getText().strip();
    }

    boolean rememberPassword() {
        return remember.getSelection() && remember.isEnabled();
    }

    IFile design() {
        return ImportSourcesPage.designFile(design.getText());
    }

    /** Connects to msdb in the wizard's progress area (cancellable, the dialog stays responsive) and says what happened. */
    private void testConnection() {
        if (!isPageComplete()) {
            return;
        }
        SqlServerConnectionUrl url = url();
        char[] secret = password();
        String[] outcome = new String[1];
        try {
            getContainer().run(true, true, monitor -> {
                monitor.beginTask(NLS.bind(Messages.Server_connecting, server()), IProgressMonitor.UNKNOWN);
                try (Connection connection = new JdbcConnections(url, secret).open(DiscoveryQuery.Database.MSDB)) {
                    DatabaseMetaData meta = connection.getMetaData();
                    outcome[0] = NLS.bind(Messages.Server_connected, meta.getDatabaseProductName(), meta.getDatabaseProductVersion());
                } catch (java.sql.SQLException e) {
                    throw new InvocationTargetException(e);
                } finally {
                    monitor.done();
                }
            });
            tested.setText(outcome[0]);
        } catch (InvocationTargetException e) {
            tested.setText(NLS.bind(Messages.Server_unreachable, server(), e.getCause().getMessage()));
        } catch (InterruptedException e) {
            tested.setText(Messages.Server_cancelled);
        } finally {
            if (secret != null) {
                Arrays.fill(secret, '\0');
            }
        }
        tested.getParent().layout(true);
    }
}
