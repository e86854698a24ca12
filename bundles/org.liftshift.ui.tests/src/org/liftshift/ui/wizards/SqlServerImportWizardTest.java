package org.liftshift.ui.wizards;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;


import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liftshift.importer.server.ServerPasswords;
import org.liftshift.model.persistence.MigrationFiles;
import org.liftshift.samples.Samples;
import org.liftshift.testing.TestSecureStorage;
import org.liftshift.ui.Screens;
import org.liftshift.ui.Widgets;

/**
 * The SQL Server import wizard's fields, its connection test and its finish, against a port where no
 * server listens (no SQL Server is reachable here): the failure is reported with the fix, the
 * password is remembered only when asked, and the design is left as it was.
 */
class SqlServerImportWizardTest {

    @TempDir
    Path temp;
    private IProject project;
    private IFile design;
    private ServerPasswords passwords;
    private WizardDialog dialog;
    private SqlServerImportWizard wizard;

    @BeforeEach
    void setUp() throws Exception {
        project = ResourcesPlugin.getWorkspace().getRoot().getProject("Server import");
        project.create(null);
        project.open(null);
        design = project.getFile("contoso.liftshift");
        design.create(Samples.CONTOSO.bundledContent(), true, false, null);
        passwords = ServerPasswords.in(TestSecureStorage.open(temp.resolve("secure_storage")));
        wizard = new SqlServerImportWizard(() -> passwords);
        wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(design));
        dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
    }

    @AfterEach
    void tearDown() throws Exception {
        if (dialog.getShell() != null && !dialog.getShell().isDisposed()) {
            dialog.close();
        }
        project.delete(true, null);
    }

    @Test
    void theFieldsFollowTheAuthenticationMode() throws Exception {
        Shell shell = dialog.getShell();
        assertThat(Widgets.find(shell, "server.design", Text.class).getText()).isEqualTo("/Server import/contoso.liftshift");
        assertThat(Widgets.button(shell, "Finish").isEnabled()).as("no server yet").isFalse();
        Widgets.find(shell, "server.host", Text.class).setText("sql01.corp.contoso.com");
        assertThat(dialog.getCurrentPage().getErrorMessage()).contains("login");

        select("server.authentication", "Windows (integrated)");
        assertThat(Widgets.find(shell, "server.user", Text.class).isEnabled()).isFalse();
        assertThat(Widgets.find(shell, "server.password", Text.class).isEnabled()).isFalse();
        assertThat(Widgets.button(shell, "Finish").isEnabled()).isTrue();

        select("server.authentication", "Microsoft Entra interactive (browser)");
        assertThat(Widgets.find(shell, "server.user", Text.class).isEnabled()).isTrue();
        assertThat(Widgets.find(shell, "server.password", Text.class).isEnabled()).as("the browser asks").isFalse();
        assertThat(Widgets.find(shell, "server.remember", Button.class).isEnabled()).isFalse();

        select("server.authentication", "SQL Server login");
        assertThat(Widgets.find(shell, "server.password", Text.class).getStyle() & SWT.PASSWORD).isNotZero();
        Widgets.find(shell, "server.port", Text.class).setText("14x3");
        assertThat(dialog.getCurrentPage().getErrorMessage()).contains("port");
        Screens.save(shell, "import-sql-server-wizard.png");
    }

    @Test
    void testConnectionReportsAnUnreachableServerWithTheFix() throws Exception {
        fill("127.0.0.1", Integer.toString(closedPort()), "migration_reader", "not-the-real-one");

        Widgets.click(Widgets.find(dialog.getShell(), "server.test", Button.class));

        Label tested = Widgets.find(dialog.getShell(), "server.tested", Label.class);
        assertThat(Widgets.waitFor(() -> !tested.getText().isEmpty(), 30)).isTrue();
        assertThat(tested.getText()).contains("127.0.0.1 cannot be reached").contains("firewall");
        assertThat(tested.getText()).doesNotContain("not-the-real-one");
    }

    @Test
    void finishingRemembersThePasswordOnlyWhenAskedAndLeavesTheDesignWhenNothingIsRead() throws Exception {
        byte[] before = Files.readAllBytes(design.getLocation().toPath());
        fill("127.0.0.1", Integer.toString(closedPort()), "migration_reader", "s3cret-Passw0rd");
        Widgets.click(Widgets.find(dialog.getShell(), "server.remember", Button.class));

        Widgets.click(Widgets.button(dialog.getShell(), "Finish"));

        ImportEstateJob job = wizard.job();
        assertThat(job).isNotNull();
        assertThat(Widgets.waitFor(() -> job.getResult() != null, 60)).isTrue();
        assertThat(job.getResult().getSeverity()).isEqualTo(IStatus.ERROR);
        assertThat(job.getResult().getMessage()).contains("Nothing was imported").contains("unchanged");
        assertThat(Arrays.stream(job.getResult().getChildren()).map(IStatus::getMessage)).anyMatch(m -> m.contains("127.0.0.1"));
        design.refreshLocal(IResource.DEPTH_ZERO, null);
        assertThat(Files.readAllBytes(design.getLocation().toPath())).as("the design is left as it was").isEqualTo(before);
        assertThat(passwords.find("127.0.0.1", "migration_reader")).map(String::new).contains("s3cret-Passw0rd");
        assertThat(MigrationFiles.load(design.getLocation().toPath()).getEstate().getInstances()).hasSize(1);
    }

    @Test
    void withoutRememberNothingIsSaved() throws Exception {
        fill("127.0.0.1", Integer.toString(closedPort()), "migration_reader", "s3cret-Passw0rd");

        Widgets.click(Widgets.button(dialog.getShell(), "Finish"));
        assertThat(Widgets.waitFor(() -> wizard.job().getResult() != null, 60)).isTrue();

        assertThat(passwords.find("127.0.0.1", "migration_reader")).isEmpty();
    }

    private void fill(String host, String port, String user, String password) {
        Shell shell = dialog.getShell();
        Widgets.find(shell, "server.host", Text.class).setText(host);
        Widgets.find(shell, "server.port", Text.class).setText(port);
        Widgets.find(shell, "server.user", Text.class).setText(user);
        Widgets.find(shell, "server.password", Text.class).setText(password);
        Widgets.click(Widgets.find(shell, "server.trust", Button.class));
    }

    private void select(String testId, String item) {
        Combo combo = Widgets.find(dialog.getShell(), testId, Combo.class);
        combo.select(combo.indexOf(item));
        combo.notifyListeners(SWT.Selection, null);
        Widgets.drain();
    }

    /** A local port nothing listens on: bound once to learn a free number, then closed. */
    private static int closedPort() throws Exception {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
