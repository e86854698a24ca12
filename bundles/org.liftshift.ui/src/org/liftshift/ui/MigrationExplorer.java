package org.liftshift.ui;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.ui.navigator.CommonNavigator;

/**
 * The Migration Explorer: migration projects and their {@code .liftshift} files, as a Common
 * Navigator so that content, filters and actions come from {@code org.eclipse.ui.navigator.viewer}
 * contributions.
 */
public final class MigrationExplorer extends CommonNavigator {

    public static final String ID = "org.liftshift.ui.views.migrationExplorer"; //$NON-NLS-1$

    @Override
    protected Object getInitialInput() {
        return ResourcesPlugin.getWorkspace().getRoot();
    }
}
