package org.liftshift.ui.wizards;

import java.util.Arrays;
import java.util.function.Supplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.liftshift.azure.sql.SqlServerConnectionUrl;
import org.liftshift.importer.server.JdbcConnections;
import org.liftshift.importer.server.ServerImport;
import org.liftshift.importer.server.ServerPasswords;
import org.liftshift.ui.DesignFiles;

/**
 * File &gt; Import &gt; Liftshift &gt; SQL Server (SSISDB and msdb): reads a live server's catalog and
 * Agent jobs into the estate of a design, in a background job with progress and cancel. The password
 * is kept in Eclipse secure storage only when the architect asks; a saved one is used when none is
 * typed.
 */
public final class SqlServerImportWizard extends Wizard implements IImportWizard {

    public static final String ID = "org.liftshift.ui.wizards.importServer"; //$NON-NLS-1$

    private final Supplier<ServerPasswords> passwords;
    private ServerConnectionPage page;
    private IFile initialDesign;
    private ImportEstateJob job;

    public SqlServerImportWizard() {
        this(ServerPasswords::inDefaultStorage);
    }

    /** A wizard keeping passwords in the given storage (tests give one of their own). */
    SqlServerImportWizard(Supplier<ServerPasswords> passwords) {
        this.passwords = passwords;
        setWindowTitle(Messages.Server_title);
        setNeedsProgressMonitor(true);
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        initialDesign = DesignFiles.designOf(selection == null ? null : selection.getFirstElement());
    }

    @Override
    public void addPages() {
        page = new ServerConnectionPage(initialDesign);
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        IFile design = page.design();
        String dirty = ImportEstateWizard.dirtyEditorProblem(design);
        if (dirty != null) {
            page.setErrorMessage(dirty);
            return false;
        }
        String server = page.server();
        char[] password = page.password();
        if (password == null && ServerConnectionPage.needsPassword(page.mode())) {
            password = saved(server, page.user());
        }
        if (password != null && page.rememberPassword()) {
            remember(server, page.user(), password);
        }
        SqlServerConnectionUrl url = page.url();
        char[] secret = password;
        job = new ImportEstateJob(NLS.bind(Messages.Server_what, server), monitor -> {
            try {
                return ServerImport.importServer(new JdbcConnections(url, secret), server, ServerImport.Options.defaults(), monitor);
            } finally {
                if (secret != null) {
                    Arrays.fill(secret, '\0');
                }
            }
        }, design);
        return ImportEstateWizard.schedule(job, design);
    }

    private char[] saved(String server, String user) {
        try {
            ServerPasswords storage = passwords.get();
            return storage == null ? null : storage.find(server, user).orElse(null);
        } catch (Exception e) {
            ILog.of(getClass()).log(Status.warning("The saved password of " + user + " on " + server + " could not be read", e)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            return null;
        }
    }

    private void remember(String server, String user, char[] password) {
        try {
            ServerPasswords storage = passwords.get();
            if (storage != null) {
                storage.save(server, user, password);
            }
        } catch (Exception e) {
            ILog.of(getClass()).log(Status.warning("The password of " + user + " on " + server + " could not be saved", e)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
    }

    /** The import the last finish started, or null. */
    public ImportEstateJob job() {
        return job;
    }
}
