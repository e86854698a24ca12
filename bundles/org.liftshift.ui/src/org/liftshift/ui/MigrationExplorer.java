package org.liftshift.ui;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.DoubleClickEvent;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.navigator.CommonNavigator;
import org.liftshift.ui.editor.DesignEditor;
import org.liftshift.ui.navigator.DesignFileContent;

/**
 * The Migration Explorer: migration projects and their {@code .liftshift} files, as a Common
 * Navigator so that content, filters and actions come from {@code org.eclipse.ui.navigator.viewer}
 * contributions.
 */
public final class MigrationExplorer extends CommonNavigator {

    public static final String ID = "org.liftshift.ui.views.migrationExplorer"; //$NON-NLS-1$

    @Override
    public void init(IViewSite site) throws PartInitException {
        super.init(site);
        IContextService contexts = site.getService(IContextService.class);
        if (contexts != null) {
            contexts.activateContext(DesignEditor.CONTEXT_ID);
        }
    }

    /** Double-clicking an object of a design opens the design at the page about that object. */
    @Override
    protected void handleDoubleClick(DoubleClickEvent event) {
        Object element = event.getSelection() instanceof IStructuredSelection selection ? selection.getFirstElement() : null;
        IFile file = DesignFileContent.fileOf(element);
        if (file == null) {
            super.handleDoubleClick(event);
            return;
        }
        try {
            IEditorPart editor = IDE.openEditor(getSite().getPage(), file, DesignEditor.ID);
            if (editor instanceof DesignEditor design && element instanceof EObject object && object.eResource() != null) {
                design.reveal(object.eResource().getURIFragment(object), ""); //$NON-NLS-1$
            }
        } catch (PartInitException e) {
            ILog.of(getClass()).log(e.getStatus());
        }
    }

    @Override
    protected Object getInitialInput() {
        return ResourcesPlugin.getWorkspace().getRoot();
    }
}
