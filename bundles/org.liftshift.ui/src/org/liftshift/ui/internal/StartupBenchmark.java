package org.liftshift.ui.internal;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.ide.IDE;
import org.liftshift.ui.editor.DesignEditor;
import org.liftshift.ui.wizards.NewMigrationProjectWizard;

/**
 * The measurement behind {@code releng/benchmarks/run.sh startup}: when the system property
 * {@value #PROPERTY} names a file, the workbench, once up, creates a project from the Contoso sample,
 * opens its design, and when the design is shown writes how long that took since the JVM started,
 * then closes. Nothing happens without the property.
 */
final class StartupBenchmark {

    static final String PROPERTY = "liftshift.benchmark.startup"; //$NON-NLS-1$

    private static long applicationStart;

    private StartupBenchmark() {
    }

    /** Notes when the OSGi framework has started the application, the end of the platform's own start. */
    static void applicationStarted() {
        applicationStart = sinceJvmStart();
    }

    static void runIfRequested(IWorkbench workbench) {
        String output = System.getProperty(PROPERTY);
        if (output == null) {
            return;
        }
        long windowUp = sinceJvmStart();
        Display display = workbench.getDisplay();
        try {
            IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("Startup benchmark " + System.nanoTime()); //$NON-NLS-1$
            IFile design = NewMigrationProjectWizard.create(project, true, new NullProgressMonitor());
            DesignEditor editor = (DesignEditor) IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), design, DesignEditor.ID);
            Runnable[] poll = new Runnable[1];
            poll[0] = () -> {
                if (!editor.isLoaded()) {
                    display.timerExec(10, poll[0]);
                    return;
                }
                // let the pages lay out and paint before the clock stops
                display.update();
                long editorShown = sinceJvmStart();
                write(output, "framework=" + applicationStart + "\nwindow=" + windowUp + "\neditor=" + editorShown + "\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                workbench.close();
            };
            display.timerExec(10, poll[0]);
        } catch (Exception e) {
            ILog.of(StartupBenchmark.class).log(Status.error("The startup benchmark failed", e)); //$NON-NLS-1$
            write(output, "error=" + e + "\n"); //$NON-NLS-1$ //$NON-NLS-2$
            workbench.close();
        }
    }

    private static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    private static void write(String file, String text) {
        try {
            Files.writeString(Path.of(file), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            ILog.of(StartupBenchmark.class).log(Status.error("Could not write " + file, e)); //$NON-NLS-1$
        }
    }
}
