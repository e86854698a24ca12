package org.liftshift.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.IWizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWizard;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liftshift.generate.DeploymentKit;
import org.liftshift.generate.KitFile;
import org.liftshift.importer.EstateCounts;
import org.liftshift.importer.EstateImport;
import org.liftshift.model.persistence.MigrationFiles;
import org.liftshift.model.plan.MigrationPlan;
import org.liftshift.samples.Samples;
import org.liftshift.testing.SharedMaterial;
import org.liftshift.ui.editor.DesignEditor;
import org.liftshift.ui.kit.DeploymentKitView;
import org.liftshift.ui.kit.GenerateKitHandler;
import org.liftshift.ui.kit.GenerateKitJob;
import org.liftshift.ui.problems.DesignMarkers;
import org.liftshift.ui.problems.MigrationNature;
import org.liftshift.ui.wizards.ImportEstateJob;
import org.liftshift.ui.wizards.ImportEstateWizard;
import org.liftshift.ui.wizards.NewMigrationProjectWizard;

/**
 * The architect's workflow through the real wizards, commands and views: a project from the sample,
 * its problems in the Problems view, the deployment kit generated and previewed, and an estate
 * imported from the corpus.
 */
class MigrationWorkflowTest {

    private IWorkbenchPage page;

    @BeforeEach
    void activePage() {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    @AfterEach
    void deleteProjects() throws Exception {
        page.closeAllEditors(false);
        Job.getJobManager().join(ResourcesPlugin.FAMILY_AUTO_BUILD, null);
        for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
            project.delete(true, null);
        }
    }

    @Test
    void theNewProjectWizardCreatesAMigrationProjectFromTheSampleAndOpensIt() throws Exception {
        IFile design = newProject("Contoso migration", true);

        IProject project = design.getProject();
        assertThat(project.hasNature(MigrationNature.ID)).isTrue();
        assertThat(design.getName()).isEqualTo("contoso.liftshift");
        assertThat(Files.readAllBytes(design.getLocation().toPath())).isEqualTo(Samples.CONTOSO.bundledContent());
        IEditorPart editor = page.getActiveEditor();
        assertThat(editor).isInstanceOf(DesignEditor.class);
        assertThat(editor.getEditorInput().getName()).isEqualTo("contoso.liftshift");
        Screens.save(page.getWorkbenchWindow().getShell(), "workbench-contoso-overview.png");
    }

    @Test
    void anEmptyProjectHoldsAnEmptyDesignNamedAfterIt() throws Exception {
        IFile design = newProject("Fabrikam", false);

        assertThat(design.getName()).isEqualTo("Fabrikam.liftshift");
        MigrationPlan plan = MigrationFiles.load(design.getLocation().toPath());
        assertThat(plan.getName()).isEqualTo("Fabrikam");
        assertThat(plan.getEstate().getFilePackages()).isEmpty();
        assertThat(plan.getTarget().getSubscriptions()).isEmpty();
    }

    @Test
    void theWizardRefusesANameThatIsTaken() throws Exception {
        newProject("Taken", false);
        page.closeAllEditors(false);
        WizardDialog dialog = open(new NewMigrationProjectWizard(), StructuredSelection.EMPTY);
        try {
            Widgets.find(dialog.getShell(), "newProject.name", Text.class).setText("Taken");
            Widgets.drain();
            assertThat(Widgets.button(dialog.getShell(), "Finish").isEnabled()).isFalse();
            assertThat(dialog.getCurrentPage().getErrorMessage()).contains("Taken exists already");
        } finally {
            dialog.close();
        }
    }

    @Test
    void savedDesignsGetMarkersForEveryRuleTheyBreakAndAMarkerOpensItsObject() throws Exception {
        IFile sample = newProject("Violations", false);
        page.closeAllEditors(false);
        IFile design = sample.getProject().getFile("violations.liftshift");
        design.create(Samples.CONTOSO_VIOLATIONS.bundledContent(), true, false, null);
        Job.getJobManager().join(ResourcesPlugin.FAMILY_AUTO_BUILD, null);

        IMarker[] markers = design.findMarkers(DesignMarkers.TYPE, false, IResource.DEPTH_ZERO);
        List<String> rules = Arrays.stream(markers).map(m -> m.getAttribute(DesignMarkers.RULE_ID, "")).toList();
        assertThat(rules).contains("EP-3", "NET-10").allMatch(id -> !id.isEmpty());
        assertThat(markers).allMatch(m -> m.getAttribute(IMarker.MESSAGE, "").contains("[" + m.getAttribute(DesignMarkers.RULE_ID, "")));
        assertThat(sample.findMarkers(DesignMarkers.TYPE, false, IResource.DEPTH_ZERO))
                .as("the empty design breaks no rule that is an error")
                .noneMatch(m -> m.getAttribute(IMarker.SEVERITY, 0) == IMarker.SEVERITY_ERROR);
        page.showView("org.eclipse.ui.views.ProblemView");
        Screens.save(page.getWorkbenchWindow().getShell(), "problems-view.png");

        IMarker ep3 = Arrays.stream(markers).filter(m -> "EP-3".equals(m.getAttribute(DesignMarkers.RULE_ID, ""))).findFirst().orElseThrow();
        DesignEditor editor = (DesignEditor) IDE.openEditor(page, ep3);
        assertThat(Widgets.waitFor(editor::isLoaded, 20)).isTrue();
        Widgets.drain();

        Object selected = ((IStructuredSelection) editor.getSite().getSelectionProvider().getSelection()).getFirstElement();
        assertThat(selected).isInstanceOf(EObject.class);
        assertThat(((EObject) selected).eResource().getURIFragment((EObject) selected))
                .isEqualTo(ep3.getAttribute(DesignMarkers.OBJECT, ""));
        assertThat(editor.getActivePageInstance().getId()).isEqualTo("catalog");

        design.setContents(Samples.CONTOSO.bundledContent(), true, false, null);
        Job.getJobManager().join(ResourcesPlugin.FAMILY_AUTO_BUILD, null);
        assertThat(design.findMarkers(DesignMarkers.TYPE, false, IResource.DEPTH_ZERO))
                .as("fixing the file clears its markers").isEmpty();
    }

    @Test
    void generateDeploymentKitWritesTheKitAndTheViewPreviewsItsScripts() throws Exception {
        IFile design = newProject("Kit", true);
        assertThat(page.getActiveEditor()).isInstanceOf(DesignEditor.class);

        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(GenerateKitHandler.COMMAND_ID, null);
        assertThat(Widgets.waitFor(() -> Job.getJobManager().find(GenerateKitJob.FAMILY).length == 0
                && page.findView(DeploymentKitView.ID) instanceof DeploymentKitView view && !view.kitFiles().isEmpty(), 120))
                .as("the kit is generated and listed").isTrue();

        DeploymentKit expected = DeploymentKit.of(MigrationFiles.load(design.getLocation().toPath()));
        Path folder = design.getProject().getFolder("kit/contoso").getLocation().toPath();
        for (KitFile file : expected.files()) {
            assertThat(folder.resolve(file.path())).hasContent(file.content());
        }
        assertThat(design.getProject().getFolder("kit").isDerived()).isTrue();

        DeploymentKitView view = (DeploymentKitView) page.findView(DeploymentKitView.ID);
        Table table = Widgets.find(view.getViewSite().getShell(), "kit.files", Table.class);
        assertThat(table.getItemCount()).isEqualTo(expected.files().size());
        KitFile script = expected.files().stream().filter(f -> f.path().endsWith(".ps1")).findFirst().orElseThrow();
        view.select(script.path());
        StyledText preview = Widgets.find(view.getViewSite().getShell(), "kit.preview", StyledText.class);
        assertThat(preview.getText()).isEqualTo(script.content());
        assertThat(preview.getStyleRanges()).as("PowerShell is coloured").isNotEmpty();
        assertThat(preview.getEditable()).isFalse();
        Screens.save(page.getWorkbenchWindow().getShell(), "deployment-kit-view.png");
    }

    @Test
    void theImportWizardImportsACorpusFolderIntoTheDesign() throws Exception {
        Path folder = SharedMaterial.corpus().resolve("microsoft-sql-server-samples");
        IFile design = newProject("Estate", false);
        page.closeAllEditors(false);

        ImportEstateWizard wizard = new ImportEstateWizard();
        WizardDialog dialog = open(wizard, new StructuredSelection(design));
        Text path = Widgets.find(dialog.getShell(), "import.path", Text.class);
        assertThat(Widgets.find(dialog.getShell(), "import.design", Text.class).getText()).isEqualTo("/Estate/Estate.liftshift");
        path.setText(folder.toString());
        Widgets.click(Widgets.find(dialog.getShell(), "import.addPath", Button.class));
        Screens.save(dialog.getShell(), "import-wizard.png");
        Widgets.click(Widgets.button(dialog.getShell(), "Finish"));

        ImportEstateJob job = wizard.job();
        assertThat(job).isNotNull();
        assertThat(Widgets.waitFor(() -> job.getResult() != null, 120)).isTrue();
        EstateImport.Result direct = EstateImport.importFiles(List.of(folder), null);
        MigrationPlan plan = MigrationFiles.load(design.getLocation().toPath());
        assertThat(job.summary()).isEqualTo(EstateCounts.of(direct.estate())).isEqualTo(EstateCounts.of(plan.getEstate()));
        assertThat(plan.getEstate().getFilePackages().size() + plan.getEstate().getFileProjects().size()).isPositive();
        assertThat(job.getResult().getChildren()).hasSameSizeAs(direct.status().getChildren());
    }

    /** Runs File > New > Migration Project through its page and returns the design it created. */
    private IFile newProject(String name, boolean fromSample) throws Exception {
        NewMigrationProjectWizard wizard = new NewMigrationProjectWizard();
        WizardDialog dialog = open(wizard, StructuredSelection.EMPTY);
        Widgets.find(dialog.getShell(), "newProject.name", Text.class).setText(name);
        Widgets.click(Widgets.find(dialog.getShell(), fromSample ? "newProject.sample" : "newProject.empty", Button.class));
        if (fromSample) {
            Screens.save(dialog.getShell(), "new-project-wizard.png");
        }
        Widgets.click(Widgets.button(dialog.getShell(), "Finish"));
        assertThat(dialog.getShell()).as("the wizard closes").matches(shell -> shell == null || shell.isDisposed());
        IFile design = wizard.created();
        assertThat(design.exists()).isTrue();
        return design;
    }

    private WizardDialog open(IWizard wizard, IStructuredSelection selection) {
        ((IWorkbenchWizard) wizard).init(PlatformUI.getWorkbench(), selection);
        Shell shell = page.getWorkbenchWindow().getShell();
        WizardDialog dialog = new WizardDialog(shell, wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        return dialog;
    }
}
