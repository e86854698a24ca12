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
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.core.resources.IMarker;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.ide.IGotoMarker;
import org.liftshift.model.target.SqlHost;
import org.liftshift.model.target.SsisCatalogDesign;
import org.liftshift.ui.problems.DesignMarkers;
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

    /** The key binding context of migration work (Ctrl+Alt+G). */
    public static final String CONTEXT_ID = "org.liftshift.ui.contexts.migration"; //$NON-NLS-1$

    private final ComposedAdapterFactory adapterFactory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
    private final BasicCommandStack commandStack = new BasicCommandStack();
    private final AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(adapterFactory, commandStack, new HashMap<>());
    private final DesignDiagnostics diagnostics = new DesignDiagnostics();
    private final SimpleSelectionProvider selection = new SimpleSelectionProvider();
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
        site.setSelectionProvider(selection);
        updateActions();
        IContextService contexts = site.getService(IContextService.class);
        if (contexts != null) {
            contexts.activateContext(CONTEXT_ID);
        }
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

    /**
     * The design as the editor shows it, for work done off the display thread: a copy when there are
     * unsaved changes, null when the file says the same (or could not be read) and can be read instead.
     */
    public MigrationPlan planSnapshot() {
        return plan != null && isDirty() ? EcoreUtil.copy(plan) : null;
    }

    /** The object a marker or another view points at: its page is shown and it becomes the selection. */
    public void reveal(EObject object) {
        EObject page = object;
        while (page != null && !(page instanceof SsisCatalogDesign) && !(page instanceof SqlHost)) {
            page = page.eContainer();
        }
        if (page != null && findPage(CatalogPage.ID) != null) {
            setActivePage(CatalogPage.ID);
        } else if (findPage(OverviewPage.ID) != null) {
            setActivePage(OverviewPage.ID);
        }
        selection.setSelection(new StructuredSelection(object));
    }

    private void gotoMarker(IMarker marker) {
        String fragment = marker.getAttribute(DesignMarkers.OBJECT, null);
        if (plan != null && fragment != null && plan.eResource() != null) {
            EObject object = plan.eResource().getEObject(fragment);
            if (object != null) {
                reveal(object);
            }
        }
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == IGotoMarker.class) {
            return adapter.cast((IGotoMarker) this::gotoMarker);
        }
        return super.getAdapter(adapter);
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
