package org.liftshift.ui.kit;

import java.util.List;

import org.eclipse.core.resources.IFolder;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.jface.text.source.SourceViewer;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.liftshift.generate.KitFile;
import org.liftshift.ui.editor.DesignEditor;

/**
 * The files of the last generated deployment kit, each with its purpose; the selected one previewed
 * read-only with PowerShell or T-SQL colouring, and actions to open the kit folder and copy the
 * script.
 */
public final class DeploymentKitView extends ViewPart {

    public static final String ID = "org.liftshift.ui.views.deploymentKit"; //$NON-NLS-1$

    private Label heading;
    private TableViewer files;
    private SourceViewer preview;
    private final ScriptTokenScanner scanner = new ScriptTokenScanner();
    private IFolder folder;
    private final Action openFolder = new Action(Messages.KitView_openFolder) {
        @Override
        public void run() {
            if (folder != null && folder.getLocation() != null) {
                Program.launch(folder.getLocation().toOSString());
            }
        }
    };
    private final Action copy = new Action(Messages.KitView_copy) {
        @Override
        public void run() {
            KitFile file = selected();
            if (file != null) {
                Clipboard clipboard = new Clipboard(preview.getTextWidget().getDisplay());
                try {
                    clipboard.setContents(new Object[] { file.content() }, new Transfer[] { TextTransfer.getInstance() });
                } finally {
                    clipboard.dispose();
                }
            }
        }
    };

    /** Opens the view (if needed) and shows the kit. Call on the display thread. */
    static void showKit(IFolder folder, List<KitFile> kit) {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow() == null ? null
                : PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        if (page == null) {
            return;
        }
        try {
            DeploymentKitView view = (DeploymentKitView) page.showView(ID, null, IWorkbenchPage.VIEW_VISIBLE);
            view.setKit(folder, kit);
        } catch (PartInitException e) {
            org.eclipse.core.runtime.ILog.of(DeploymentKitView.class).log(e.getStatus());
        }
    }

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout());
        heading = new Label(parent, SWT.WRAP);
        heading.setText(Messages.KitView_empty);
        heading.setData(DesignEditor.TEST_ID, "kit.heading"); //$NON-NLS-1$
        heading.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));

        files = new TableViewer(sash, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        files.getTable().setHeaderVisible(true);
        files.getTable().setData(DesignEditor.TEST_ID, "kit.files"); //$NON-NLS-1$
        files.setContentProvider(ArrayContentProvider.getInstance());
        column(Messages.KitView_file, 260, KitFile::path);
        column(Messages.KitView_purpose, 420, KitFile::purpose);
        files.addSelectionChangedListener(event -> showSelected());

        preview = new SourceViewer(sash, null, SWT.BORDER | SWT.H_SCROLL | SWT.V_SCROLL);
        preview.setEditable(false);
        preview.getTextWidget().setFont(JFaceResources.getTextFont());
        preview.getTextWidget().setData(DesignEditor.TEST_ID, "kit.preview"); //$NON-NLS-1$
        DefaultDamagerRepairer colouring = new DefaultDamagerRepairer(scanner);
        PresentationReconciler reconciler = new PresentationReconciler();
        reconciler.setDamager(colouring, IDocument.DEFAULT_CONTENT_TYPE);
        reconciler.setRepairer(colouring, IDocument.DEFAULT_CONTENT_TYPE);
        reconciler.install(preview);
        sash.setWeights(2, 3);

        openFolder.setEnabled(false);
        copy.setEnabled(false);
        IToolBarManager toolbar = getViewSite().getActionBars().getToolBarManager();
        toolbar.add(openFolder);
        toolbar.add(copy);
    }

    private void column(String title, int width, java.util.function.Function<KitFile, String> text) {
        TableViewerColumn column = new TableViewerColumn(files, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((KitFile) element);
            }
        });
    }

    void setKit(IFolder kitFolder, List<KitFile> kit) {
        folder = kitFolder;
        heading.setText(NLS.bind(Messages.KitView_heading, kit.size(), kitFolder.getFullPath()));
        files.setInput(kit.toArray(KitFile[]::new));
        openFolder.setEnabled(true);
        preview.setDocument(new Document());
        copy.setEnabled(false);
    }

    /** The kit's files as the view lists them. */
    public List<KitFile> kitFiles() {
        Object input = files.getInput();
        return input == null ? List.of() : List.of((KitFile[]) input);
    }

    /** Selects the file with this kit path and previews it. */
    public void select(String path) {
        kitFiles().stream().filter(f -> f.path().equals(path)).findFirst()
                .ifPresent(f -> files.setSelection(new org.eclipse.jface.viewers.StructuredSelection(f), true));
    }

    private KitFile selected() {
        return ((IStructuredSelection) files.getSelection()).getFirstElement() instanceof KitFile file ? file : null;
    }

    private void showSelected() {
        KitFile file = selected();
        copy.setEnabled(file != null);
        if (file == null) {
            return;
        }
        scanner.setLanguage(ScriptTokens.Language.of(file.path()));
        preview.setDocument(new Document(file.content()));
    }

    @Override
    public void setFocus() {
        files.getControl().setFocus();
    }
}
