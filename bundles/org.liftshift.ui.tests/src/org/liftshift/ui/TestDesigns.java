package org.liftshift.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.ide.IDE;
import org.liftshift.model.persistence.MigrationFiles;
import org.liftshift.model.plan.MigrationPlan;
import org.liftshift.ui.editor.DesignEditor;

/** What the workbench tests share: a workspace project, designs saved in it, and a design editor open and loaded. */
public final class TestDesigns {

    private TestDesigns() {
    }

    /** The open workspace project of this name, created if needed. */
    public static IProject project(String name) throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        return project;
    }

    /** Saves {@code plan} as {@code name} in the project, as the workspace sees it. */
    public static IFile save(IProject project, String name, MigrationPlan plan) throws Exception {
        IFile file = project.getFile(name);
        MigrationFiles.save(plan, file.getLocation().toPath());
        project.refreshLocal(IResource.DEPTH_INFINITE, null);
        return file;
    }

    /** Opens the design editor on the file and waits until the design is loaded and shown. */
    public static DesignEditor open(IWorkbenchPage page, IFile file) throws Exception {
        DesignEditor editor = (DesignEditor) IDE.openEditor(page, file, DesignEditor.ID);
        assertThat(Widgets.waitFor(editor::isLoaded, 20)).as("the design loads").isTrue();
        Widgets.drain();
        return editor;
    }

    /** Closes every editor without saving and deletes the project. */
    public static void closeAndDelete(IWorkbenchPage page, IProject project) throws Exception {
        page.closeAllEditors(false);
        project.delete(true, null);
    }
}
