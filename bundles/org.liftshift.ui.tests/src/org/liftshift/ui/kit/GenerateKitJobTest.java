package org.liftshift.ui.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liftshift.samples.Samples;

/** The kit job run directly: what it refuses and what it writes. */
class GenerateKitJobTest {

    private IProject project;

    @BeforeEach
    void createProject() throws Exception {
        project = ResourcesPlugin.getWorkspace().getRoot().getProject("Kit job");
        project.create(null);
        project.open(null);
    }

    @AfterEach
    void deleteProject() throws Exception {
        project.delete(true, null);
    }

    @Test
    void aDesignWithErrorsIsRefusedWithEveryErrorAndNothingWritten() throws Exception {
        IFile design = project.getFile("violations.liftshift");
        design.create(Samples.CONTOSO_VIOLATIONS.bundledContent(), true, false, null);

        IStatus result = new GenerateKitJob(design, null).run(new NullProgressMonitor());

        assertThat(result.getSeverity()).isEqualTo(IStatus.ERROR);
        assertThat(result.getMessage()).contains("violations.liftshift has").contains("no kit was generated");
        assertThat(Arrays.stream(result.getChildren()).map(IStatus::getMessage)).anyMatch(m -> m.contains("[EP-3]"));
        assertThat(GenerateKitJob.kitFolder(design).exists()).isFalse();
    }

    @Test
    void anUnreadableDesignSaysWhichFileAndWhy() throws Exception {
        IFile design = project.getFile("broken.liftshift");
        design.create("<plan".getBytes(java.nio.charset.StandardCharsets.UTF_8), true, false, null);

        IStatus result = new GenerateKitJob(design, null).run(new NullProgressMonitor());

        assertThat(result.getSeverity()).isEqualTo(IStatus.ERROR);
        assertThat(result.getMessage()).contains("/Kit job/broken.liftshift");
    }

    @Test
    void aCancelledRunStopsBeforeWriting() throws Exception {
        IFile design = project.getFile("contoso.liftshift");
        design.create(Samples.CONTOSO.bundledContent(), true, false, null);
        NullProgressMonitor cancelled = new NullProgressMonitor();
        cancelled.setCanceled(true);

        assertThat(new GenerateKitJob(design, null).run(cancelled).getSeverity()).isEqualTo(IStatus.CANCEL);
        assertThat(GenerateKitJob.kitFolder(design).exists()).isFalse();
    }
}
