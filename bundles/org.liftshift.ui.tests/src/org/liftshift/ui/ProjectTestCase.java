package org.liftshift.ui;

import org.eclipse.core.resources.IProject;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A workbench test on designs in a workspace project of its own: the project is created before each
 * test, and after it every editor is closed without saving and the project is deleted.
 */
public abstract class ProjectTestCase {

    private final String projectName;
    protected IWorkbenchPage page;
    protected IProject project;

    protected ProjectTestCase(String projectName) {
        this.projectName = projectName;
    }

    @BeforeEach
    final void createProject() throws Exception {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        project = TestDesigns.project(projectName);
    }

    @AfterEach
    final void closeEditorsAndDeleteProject() throws Exception {
        TestDesigns.closeAndDelete(page, project);
    }
}
