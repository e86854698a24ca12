package org.liftshift.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.liftshift.model.navigation.DesignNavigation;
import org.liftshift.model.persistence.MigrationFiles;
import org.liftshift.model.plan.MigrationPlan;
import org.liftshift.samples.ContosoSample;
import org.liftshift.ui.ProjectTestCase;
import org.liftshift.ui.TestDesigns;
import org.liftshift.ui.Widgets;
import org.liftshift.ui.editor.DesignEditor;

/** Write Review Report from the workbench: the files in the project, and the changes since the last report. */
class WriteReportTest extends ProjectTestCase {


    WriteReportTest() {
        super("Review");
    }

    @Test
    void theCommandWritesTheReportAndTheNextOneListsTheChangesSince() throws Exception {
        IFile file = TestDesigns.save(project, "contoso.liftshift", ContosoSample.build().plan);
        DesignEditor editor = TestDesigns.open(page, file);
        page.activate(editor);

        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(WriteReportHandler.COMMAND_ID, null);
        Job.getJobManager().join(WriteReportJob.FAMILY, null);
        Widgets.drain();

        IFolder folder = WriteReportJob.folder(file);
        IFile html = folder.getFile("contoso-review.html");
        IFile pdf = folder.getFile("contoso-review.pdf");
        assertThat(html.exists()).as("the workspace sees the HTML").isTrue();
        assertThat(pdf.exists()).isTrue();
        assertThat(folder.isDerived()).as("reports are output, not designs to validate").isTrue();
        assertThat(Files.readAllBytes(WriteReportJob.baseline(file).getLocation().toPath()))
                .as("the design as reviewed is kept").isEqualTo(Files.readAllBytes(file.getLocation().toPath()));
        assertThat(Files.readString(html.getLocation().toPath())).contains("Migration review: Contoso SSIS to Azure")
                .doesNotContain("Changes since the last review");

        Path design = file.getLocation().toPath();
        MigrationPlan changed = MigrationFiles.load(design);
        DesignNavigation.runtimes(changed).get(0).setNodeCount(5);
        MigrationFiles.save(changed, design);
        WriteReportJob again = new WriteReportJob(file);
        again.schedule();
        again.join();

        assertThat(again.getResult().isOK()).as(again.getResult().getMessage()).isTrue();
        assertThat(again.written()).hasSize(2);
        assertThat(Files.readString(html.getLocation().toPath())).contains("Changes since the last review",
                "Compared with the last review (contoso-review-baseline.liftshift): 0 added, 0 removed, 1 changed", "nodeCount");
    }
}
