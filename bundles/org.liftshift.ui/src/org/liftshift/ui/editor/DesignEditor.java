package org.liftshift.ui.editor;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EventObject;
import java.util.HashMap;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.SafeRunner;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.dialogs.SaveAsDialog;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.ide.IGotoMarker;
import org.eclipse.ui.part.FileEditorInput;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.liftshift.model.persistence.MigrationFileException;
import org.liftshift.model.persistence.MigrationFiles;
import org.liftshift.model.plan.BcdrDesign;
import org.liftshift.model.plan.MigrationPlan;
import org.liftshift.model.target.AzureSsisIntegrationRuntime;
import org.liftshift.model.target.CustomSetup;
import org.liftshift.model.target.DataProxy;
import org.liftshift.model.target.ExpressCustomSetup;
import org.liftshift.model.target.FailoverGroup;
import org.liftshift.model.target.NetworkSecurityGroup;
import org.liftshift.model.target.SqlHost;
import org.liftshift.model.target.SsisCatalogDesign;
import org.liftshift.model.target.VNetInjection;
import org.liftshift.model.target.VirtualNetwork;
import org.liftshift.ui.DesignFiles;
import org.liftshift.ui.problems.DesignMarkers;
import org.liftshift.validate.IncrementalValidation;

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

    /** The key of the SWT data holding a field's problem decoration (a {@code ControlDecoration}). */
    public static final String DECORATION = "org.liftshift.ui.decoration"; //$NON-NLS-1$

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
    private Job loading;
    private volatile MigrationPlan plan;
    private IncrementalValidation validation;
    private MigrationFileException loadError;
    private Runnable pendingReveal;
    private int revision;
    private DesignOutlinePage outline;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        super.init(site, input);
        file = path(input);
        setPartName(input.getName());
        commandStack.addCommandStackListener(onChange);
        site.setSelectionProvider(selection);
        updateActions();
        IContextService contexts = site.getService(IContextService.class);
        if (contexts != null) {
            contexts.activateContext(CONTEXT_ID);
        }
        loading = Job.create(NLS.bind(Messages.Editor_opening, input.getName()), this::load);
        loading.setPriority(Job.INTERACTIVE);
        loading.schedule();
    }

    /** Reads and validates the design off the display thread, then shows its pages. */
    private IStatus load(IProgressMonitor monitor) {
        MigrationPlan loaded = null;
        IncrementalValidation validated = null;
        MigrationFileException problem = null;
        try {
            loaded = MigrationFiles.load(file);
            validated = new IncrementalValidation(loaded);
        } catch (MigrationFileException e) {
            problem = e;
        }
        MigrationPlan result = loaded;
        IncrementalValidation resultValidation = validated;
        MigrationFileException resultProblem = problem;
        getSite().getShell().getDisplay().asyncExec(() -> loaded(result, resultValidation, resultProblem));
        return Status.OK_STATUS;
    }

    private void loaded(MigrationPlan loaded, IncrementalValidation validated, MigrationFileException problem) {
        if (getContainer() == null || getContainer().isDisposed()) {
            if (validated != null) {
                validated.dispose();
            }
            return;
        }
        plan = loaded;
        validation = validated;
        loadError = problem;
        if (validation != null) {
            diagnostics.use(validation.diagnostics());
        }
        if (plan != null && plan.eResource() != null && plan.eResource().getResourceSet() != null) {
            // Properties view edits find the editing domain through the resource set, so they are undoable commands
            plan.eResource().getResourceSet().eAdapters().add(new AdapterFactoryEditingDomain.EditingDomainProvider(domain));
        }
        if (outline != null) {
            outline.show(plan);
        }
        removePage(0);
        addDesignPages();
        setActivePage(0);
        if (pendingReveal != null) {
            pendingReveal.run();
            pendingReveal = null;
        }
    }

    /** Whether the design has been read (or found unreadable) and its pages are shown. */
    public boolean isLoaded() {
        return plan != null || loadError != null;
    }

    private static Path path(IEditorInput input) throws PartInitException {
        if (input instanceof IFileEditorInput fileInput && fileInput.getFile().getLocation() != null) {
            return fileInput.getFile().getLocation().toPath();
        }
        if (input instanceof IURIEditorInput uriInput) {
            return Path.of(uriInput.getURI());
        }
        throw new PartInitException(NLS.bind(Messages.Editor_notADesign, input.getName()));
    }

    @Override
    protected void addPages() {
        try {
            addPage(NoticePage.loading(this, getEditorInput().getName()));
        } catch (PartInitException e) {
            ILog.of(getClass()).log(e.getStatus());
        }
    }

    private void addDesignPages() {
        try {
            if (loadError != null) {
                addPage(NoticePage.unreadable(this, loadError));
                return;
            }
            addPage(new OverviewPage(this));
            addPage(new RuntimePage(this));
            addPage(new CatalogPage(this));
            addPage(new NetworkPage(this));
            addPage(new ContinuityPage(this));
            addPage(new SetupPage(this));
        } catch (PartInitException e) {
            ILog.of(getClass()).log(e.getStatus());
        }
    }

    private void commandStackChanged(EventObject event) {
        revision++;
        validation.update();
        diagnostics.use(validation.diagnostics());
        getSite().getShell().getDisplay().asyncExec(() -> {
            if (getContainer() != null && !getContainer().isDisposed()) {
                refreshers.forEach(DesignEditor::runSafely);
                updateActions();
                editorDirtyStateChanged();
            }
        });
    }

    private void updateActions() {
        undo.setEnabled(commandStack.canUndo());
        undo.setText(commandStack.canUndo() ? NLS.bind(Messages.Editor_undoCommand, commandStack.getUndoCommand().getLabel()) : Messages.Editor_undo);
        redo.setEnabled(commandStack.canRedo());
        redo.setText(commandStack.canRedo() ? NLS.bind(Messages.Editor_redoCommand, commandStack.getRedoCommand().getLabel()) : Messages.Editor_redo);
    }

    /** Runs a refresher so that one that fails is logged and the others still run. */
    static void runSafely(Runnable refresher) {
        SafeRunner.run(refresher::run);
    }

    /** Runs {@code refresher} after every change, undo and redo, on the display thread. */
    public void onChange(Runnable refresher) {
        refreshers.add(refresher);
    }

    /** How many times the design has changed (edits, undos, redos) since it was opened. */
    int revision() {
        return revision;
    }

    /** The design being edited, or null while it loads (or when it cannot be read). Edit it only through commands. */
    public MigrationPlan plan() {
        return plan;
    }

    /**
     * The design as the editor shows it, for work done off the display thread: a copy when there are
     * unsaved changes, null when the file says the same (or could not be read) and can be read instead.
     */
    public MigrationPlan planSnapshot() {
        return plan != null && isDirty() ? EcoreUtil.copy(plan) : null;
    }

    /**
     * The object a marker or another view points at: the page about it is shown (by the rule's area
     * when there is one) and it becomes the selection, so Properties shows it.
     */
    public void reveal(EObject object, String ruleId) {
        String page = pageFor(object, ruleId == null ? "" : ruleId); //$NON-NLS-1$
        if (findPage(page) != null) {
            setActivePage(page);
        }
        select(object);
    }

    /** Makes {@code object} the editor's selection (Properties shows it, the Outline reveals it), on the current page. */
    public void select(EObject object) {
        selection.setSelection(new StructuredSelection(object));
        if (outline != null) {
            outline.select(object);
        }
    }

    private static String pageFor(EObject object, String ruleId) {
        if (ruleId.startsWith("EP-") || ruleId.startsWith("AUTH-")) { //$NON-NLS-1$ //$NON-NLS-2$
            return CatalogPage.ID;
        }
        if (ruleId.startsWith("NET-")) { //$NON-NLS-1$
            return NetworkPage.ID;
        }
        if (ruleId.startsWith("BCDR-") || ruleId.startsWith("CON-")) { //$NON-NLS-1$ //$NON-NLS-2$
            return ContinuityPage.ID;
        }
        if (ruleId.equals("OPS-2")) { //$NON-NLS-1$
            return RuntimePage.ID;
        }
        for (EObject current = object; current != null; current = current.eContainer()) {
            if (current instanceof SsisCatalogDesign || current instanceof SqlHost) {
                return CatalogPage.ID;
            }
            if (current instanceof VirtualNetwork || current instanceof NetworkSecurityGroup || current instanceof VNetInjection) {
                return NetworkPage.ID;
            }
            if (current instanceof BcdrDesign || current instanceof FailoverGroup) {
                return ContinuityPage.ID;
            }
            if (current instanceof CustomSetup || current instanceof DataProxy || current instanceof ExpressCustomSetup) {
                return SetupPage.ID;
            }
            if (current instanceof AzureSsisIntegrationRuntime) {
                return RuntimePage.ID;
            }
        }
        return OverviewPage.ID;
    }

    private void gotoMarker(IMarker marker) {
        reveal(marker.getAttribute(DesignMarkers.OBJECT, null), marker.getAttribute(DesignMarkers.RULE_ID, "")); //$NON-NLS-1$
    }

    /**
     * Reveals the object with this URI fragment in the design (the fragment is the same in every copy
     * of the file, such as the one a marker or the Migration Explorer holds); waits for the load.
     */
    public void reveal(String fragment, String ruleId) {
        if (!isLoaded()) {
            pendingReveal = () -> reveal(fragment, ruleId);
            return;
        }
        if (plan != null && fragment != null && plan.eResource() != null) {
            EObject object = plan.eResource().getEObject(fragment);
            if (object != null) {
                reveal(object, ruleId);
            }
        }
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == IGotoMarker.class) {
            return adapter.cast((IGotoMarker) this::gotoMarker);
        }
        if (adapter == IContentOutlinePage.class) {
            if (outline == null) {
                outline = new DesignOutlinePage(this, adapterFactory);
            }
            return adapter.cast(outline);
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
        if (plan == null) {
            return;
        }
        if (saveTo(file, getEditorInput() instanceof IFileEditorInput input ? input.getFile() : null)) {
            commandStack.saveIsDone();
            editorDirtyStateChanged();
        }
    }

    /**
     * Writes the design off the display thread while the workbench shows progress (the model cannot
     * change meanwhile: the progress service blocks input), then refreshes the workspace file.
     */
    private boolean saveTo(Path target, IFile workspaceFile) {
        try {
            PlatformUI.getWorkbench().getProgressService().busyCursorWhile(monitor -> {
                try {
                    MigrationFiles.save(plan, target);
                    if (workspaceFile != null) {
                        workspaceFile.refreshLocal(IResource.DEPTH_ZERO, monitor);
                    }
                } catch (MigrationFileException | CoreException e) {
                    throw new InvocationTargetException(e);
                }
            });
            return true;
        } catch (InvocationTargetException e) {
            ErrorDialog.openError(getSite().getShell(), Messages.Editor_saveFailed, null,
                    Status.error(NLS.bind(Messages.Editor_saveFailedDetail, target, e.getCause().getMessage()), e.getCause()));
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void doSaveAs() {
        SaveAsDialog dialog = new SaveAsDialog(getSite().getShell());
        if (getEditorInput() instanceof IFileEditorInput input) {
            dialog.setOriginalFile(input.getFile());
        }
        if (dialog.open() != Window.OK || dialog.getResult() == null) {
            return;
        }
        IPath chosen = dialog.getResult();
        if (!DesignFiles.EXTENSION.equals(chosen.getFileExtension())) {
            chosen = chosen.addFileExtension(DesignFiles.EXTENSION);
        }
        saveAs(ResourcesPlugin.getWorkspace().getRoot().getFile(chosen));
    }

    /** Saves the design as {@code target} and makes it the file this editor edits. */
    public void saveAs(IFile target) {
        if (plan == null || target.getLocation() == null || !saveTo(target.getLocation().toPath(), target)) {
            return;
        }
        file = target.getLocation().toPath();
        setInputWithNotify(new FileEditorInput(target));
        setPartName(target.getName());
        commandStack.saveIsDone();
        editorDirtyStateChanged();
    }

    @Override
    public boolean isSaveAsAllowed() {
        return plan != null;
    }

    @Override
    public void dispose() {
        if (loading != null) {
            loading.cancel();
        }
        if (validation != null) {
            validation.dispose();
        }
        commandStack.removeCommandStackListener(onChange);
        adapterFactory.dispose();
        super.dispose();
    }
}
