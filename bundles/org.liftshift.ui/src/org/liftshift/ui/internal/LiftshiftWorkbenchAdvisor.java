package org.liftshift.ui.internal;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.ide.IDE;
import org.liftshift.ui.MigrationPerspective;

/** Workbench life cycle of the Liftshift product: the Migration perspective and a saved workspace. */
final class LiftshiftWorkbenchAdvisor extends WorkbenchAdvisor {

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        super.initialize(configurer);
        configurer.setSaveAndRestore(true);
        // Adapters that give workspace resources their labels and icons in the Migration Explorer.
        IDE.registerAdapters();
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return MigrationPerspective.ID;
    }

    @Override
    public IAdaptable getDefaultPageInput() {
        return ResourcesPlugin.getWorkspace().getRoot();
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new LiftshiftWorkbenchWindowAdvisor(configurer);
    }

    @Override
    public void postStartup() {
        super.postStartup();
        StartupBenchmark.runIfRequested(getWorkbenchConfigurer().getWorkbench());
    }

    @Override
    public void postShutdown() {
        try {
            ResourcesPlugin.getWorkspace().save(true, new NullProgressMonitor());
        } catch (CoreException e) {
            ILog.of(LiftshiftWorkbenchAdvisor.class)
                    .log(Status.error(Messages.Workbench_saveWorkspaceFailed, e));
        }
    }
}
