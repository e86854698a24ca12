package org.liftshift.ui;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.navigator.CommonNavigator;
import org.liftshift.ui.editor.DesignEditor;

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

    @Override
    protected Object getInitialInput() {
        return ResourcesPlugin.getWorkspace().getRoot();
    }
}
