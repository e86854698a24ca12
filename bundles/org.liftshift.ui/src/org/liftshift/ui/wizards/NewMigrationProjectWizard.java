package org.liftshift.ui.wizards;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.WorkspaceModifyOperation;
import org.eclipse.ui.ide.IDE;
import org.liftshift.model.persistence.MigrationFiles;
import org.liftshift.samples.Samples;
import org.liftshift.ui.editor.DesignEditor;
import org.liftshift.ui.problems.MigrationNature;

/**
 * File &gt; New &gt; Migration Project: a workspace project with the migration nature (so its designs
 * are validated into the Problems view) holding either an empty design or the bundled Contoso design,
 * which opens in the design editor.
 */
public final class NewMigrationProjectWizard extends Wizard implements INewWizard {

    public static final String ID = "org.liftshift.ui.wizards.newMigrationProject"; //$NON-NLS-1$

    private IWorkbench workbench;
    private NewMigrationProjectPage page;
    private IFile created;

    public NewMigrationProjectWizard() {
        setWindowTitle(Messages.NewProject_title);
        setNeedsProgressMonitor(true);
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        this.workbench = workbench;
    }

    @Override
    public void addPages() {
        page = new NewMigrationProjectPage();
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(page.projectName());
        boolean fromSample = page.fromSample();
        try {
            getContainer().run(true, true, new WorkspaceModifyOperation() {
                @Override
                protected void execute(IProgressMonitor monitor) throws CoreException, InvocationTargetException {
                    created = create(project, fromSample, monitor);
                }
            });
        } catch (InvocationTargetException e) {
            ErrorDialog.openError(getShell(), Messages.NewProject_createFailed, null,
                    Status.error(project.getName() + ": " + e.getCause().getMessage(), e.getCause())); //$NON-NLS-1$
            return false;
        } catch (InterruptedException e) {
            return false;
        }
        try {
            if (workbench != null && workbench.getActiveWorkbenchWindow() != null) {
                IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), created, DesignEditor.ID);
            }
        } catch (PartInitException e) {
            ErrorDialog.openError(getShell(), Messages.NewProject_openFailed, null, e.getStatus());
        }
        return true;
    }

    /** Creates the project and its design file; what it returns is the design. */
    public static IFile create(IProject project, boolean fromSample, IProgressMonitor monitor) throws CoreException, InvocationTargetException {
        SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.NewProject_creating, project.getName()), 4);
        IProjectDescription description = ResourcesPlugin.getWorkspace().newProjectDescription(project.getName());
        project.create(description, progress.split(1));
        project.open(progress.split(1));
        MigrationNature.addTo(project, progress.split(1));
        IFile design = project.getFile(fromSample ? Samples.CONTOSO.fileName() : project.getName() + ".liftshift"); //$NON-NLS-1$
        Path location = design.getLocation().toPath();
        try {
            if (fromSample) {
                Files.write(location, Samples.CONTOSO.bundledContent());
            } else {
                MigrationFiles.save(MigrationFiles.newPlan(project.getName()), location);
            }
        } catch (IOException e) {
            // a MigrationFileException says which file and why
            throw new InvocationTargetException(e);
        }
        project.refreshLocal(IResource.DEPTH_INFINITE, progress.split(1));
        return design;
    }

    /** The design the last finish created, or null. */
    public IFile created() {
        return created;
    }
}
