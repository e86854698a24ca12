package org.liftshift.ui.wizards;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.FileEditorInput;
import org.liftshift.ui.DesignFiles;
import org.liftshift.ui.editor.DesignEditor;

/**
 * File &gt; Import &gt; Liftshift &gt; SSIS Files and Folders: .dtsx packages, .ispac files and project
 * folders into the estate of a design. The import runs as a background job with progress and cancel;
 * an editor open on the design is reopened on the result.
 */
public final class ImportEstateWizard extends Wizard implements IImportWizard {

    public static final String ID = "org.liftshift.ui.wizards.importFiles"; //$NON-NLS-1$

    private ImportSourcesPage page;
    private IFile initialDesign;
    private ImportEstateJob job;

    public ImportEstateWizard() {
        setWindowTitle(Messages.ImportFiles_title);
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        initialDesign = DesignFiles.designOf(selection == null ? null : selection.getFirstElement());
    }

    @Override
    public void addPages() {
        page = new ImportSourcesPage(initialDesign);
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        IFile design = page.design();
        String dirty = dirtyEditorProblem(design);
        if (dirty != null) {
            page.setErrorMessage(dirty);
            return false;
        }
        job = ImportEstateJob.ofFiles(page.sources(), design);
        return schedule(job, design);
    }

    /**
     * Schedules an import into {@code design}; an editor open on it is closed (it must be saved:
     * callers refuse dirty ones) and opened again on the result.
     */
    static boolean schedule(ImportEstateJob job, IFile design) {
        IWorkbenchPage workbenchPage = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        IEditorReference[] open = workbenchPage.findEditors(new FileEditorInput(design), DesignEditor.ID, IWorkbenchPage.MATCH_INPUT);
        if (open.length > 0) {
            workbenchPage.closeEditors(open, false);
            job.addJobChangeListener(new JobChangeAdapter() {
                @Override
                public void done(IJobChangeEvent event) {
                    reopen(design);
                }
            });
        }
        job.schedule();
        return true;
    }

    /** Why {@code design} cannot take an import now (an editor on it has unsaved changes), or null. */
    static String dirtyEditorProblem(IFile design) {
        IWorkbenchPage workbenchPage = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        for (IEditorReference reference : workbenchPage.findEditors(new FileEditorInput(design), DesignEditor.ID, IWorkbenchPage.MATCH_INPUT)) {
            IEditorPart editor = reference.getEditor(false);
            if (editor != null && editor.isDirty()) {
                return NLS.bind(Messages.Import_dirtyEditor, design.getName());
            }
        }
        return null;
    }

    private static void reopen(IFile design) {
        PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
            try {
                IDE.openEditor(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), design, DesignEditor.ID);
            } catch (PartInitException e) {
                org.eclipse.core.runtime.ILog.of(ImportEstateWizard.class).log(e.getStatus());
            }
        });
    }

    /** The job the last finish started, or null. */
    public ImportEstateJob job() {
        return job;
    }
}
