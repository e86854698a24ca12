package org.liftshift.ui.editor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EventObject;
import java.util.HashMap;
import java.util.List;

import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.editor.FormEditor;
import org.liftshift.model.persistence.MigrationFileException;
import org.liftshift.model.persistence.MigrationFiles;
import org.liftshift.model.plan.MigrationPlan;

/**
 * The target design editor on a {@code .liftshift} file: form pages over the plan, every change an
 * EMF command on one command stack (undo, redo, dirty state), and the design validated again after
 * each change so pages show its diagnostics as the architect works. A file that cannot be read opens
 * a page that says why instead of failing.
 */
public final class DesignEditor extends FormEditor implements IEditingDomainProvider {

    public static final String ID = "org.liftshift.ui.editors.design"; //$NON-NLS-1$

    /** The key of the SWT data by which tests find a widget. */
    public static final String TEST_ID = "org.liftshift.ui.testId"; //$NON-NLS-1$

    private final ComposedAdapterFactory adapterFactory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
    private final BasicCommandStack commandStack = new BasicCommandStack();
    private final AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(adapterFactory, commandStack, new HashMap<>());
    private final DesignDiagnostics diagnostics = new DesignDiagnostics();
    private final List<Runnable> refreshers = new ArrayList<>();
    private final CommandStackListener onChange = this::commandStackChanged;
    private final IAction undo = new Action() {
        @Override
        public void run() {
            commandStack.undo();
        }
    };
    private final IAction redo = new Action() {
        @Override
        public void run() {
            commandStack.redo();
        }
    };

    private Path file;
    private MigrationPlan plan;
    private MigrationFileException loadError;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        super.init(site, input);
        file = path(input);
        setPartName(input.getName());
        try {
            plan = MigrationFiles.load(file);
            diagnostics.validate(plan);
        } catch (MigrationFileException e) {
            loadError = e;
        }
        commandStack.addCommandStackListener(onChange);
        updateActions();
    }

    private static Path path(IEditorInput input) throws PartInitException {
        if (input instanceof IFileEditorInput fileInput && fileInput.getFile().getLocation() != null) {
            return fileInput.getFile().getLocation().toPath();
        }
        if (input instanceof IURIEditorInput uriInput) {
            return Path.of(uriInput.getURI());
        }
        throw new PartInitException("The design editor opens .liftshift files; " + input.getName() + " is not one"); //$NON-NLS-1$
    }

    @Override
    protected void addPages() {
        try {
            if (loadError != null) {
                addPage(new UnreadableFilePage(this, loadError));
                return;
            }
            addPage(new OverviewPage(this));
            addPage(new CatalogPage(this));
        } catch (PartInitException e) {
            ILog.of(getClass()).log(e.getStatus());
        }
    }

    private void commandStackChanged(EventObject event) {
        diagnostics.validate(plan);
        getSite().getShell().getDisplay().asyncExec(() -> {
            if (getContainer() != null && !getContainer().isDisposed()) {
                refreshers.forEach(Runnable::run);
                updateActions();
                editorDirtyStateChanged();
            }
        });
    }

    private void updateActions() {
        undo.setEnabled(commandStack.canUndo());
        undo.setText(commandStack.canUndo() ? "Undo " + commandStack.getUndoCommand().getLabel() : "Undo"); //$NON-NLS-1$ //$NON-NLS-2$
        redo.setEnabled(commandStack.canRedo());
        redo.setText(commandStack.canRedo() ? "Redo " + commandStack.getRedoCommand().getLabel() : "Redo"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** Runs {@code refresher} after every change, undo and redo, on the display thread. */
    void onChange(Runnable refresher) {
        refreshers.add(refresher);
    }

    MigrationPlan plan() {
        return plan;
    }

    DesignDiagnostics diagnostics() {
        return diagnostics;
    }

    IAction undoAction() {
        return undo;
    }

    IAction redoAction() {
        return redo;
    }

    @Override
    public EditingDomain getEditingDomain() {
        return domain;
    }

    @Override
    public boolean isDirty() {
        return commandStack.isSaveNeeded();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        try {
            MigrationFiles.save(plan, file);
            commandStack.saveIsDone();
            editorDirtyStateChanged();
            if (getEditorInput() instanceof IFileEditorInput fileInput) {
                fileInput.getFile().refreshLocal(IResource.DEPTH_ZERO, monitor);
            }
        } catch (MigrationFileException e) {
            ErrorDialog.openError(getSite().getShell(), "Save failed", null, //$NON-NLS-1$
                    Status.error(file + ": " + e.getMessage(), e)); //$NON-NLS-1$
        } catch (CoreException e) {
            ILog.of(getClass()).log(e.getStatus());
        }
    }

    @Override
    public void doSaveAs() {
        // Save As needs a workspace location dialog; the design is saved in place
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public void dispose() {
        commandStack.removeCommandStackListener(onChange);
        adapterFactory.dispose();
        super.dispose();
    }
}
