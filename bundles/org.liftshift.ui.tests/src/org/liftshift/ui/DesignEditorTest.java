package org.liftshift.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.liftshift.model.persistence.MigrationFiles;
import org.liftshift.samples.ContosoSample;
import org.liftshift.ui.editor.DesignEditor;

/** The design editor driven through its widgets, as an architect would, on the Contoso sample. */
class DesignEditorTest extends ProjectTestCase {


    DesignEditorTest() {
        super("Contoso migration");
    }

    @Test
    void turningOffThePublicEndpointShowsEp3AndUndoRemovesIt() throws Exception {
        IFile file = sample("contoso.liftshift");
        DesignEditor editor = open(file);
        editor.setActivePage("catalog");
        Composite root = page.getWorkbenchWindow().getShell();
        Label problems = (Label) find(root, "ir-ssis-sales.problems");
        Button publicEndpoint = (Button) find(root, "ir-ssis-sales.publicEndpointEnabled");
        assertThat(publicEndpoint.getSelection()).isTrue();
        assertThat(problems.getText()).doesNotContain("[EP-3]");
        screenshot("design-editor-ssisdb.png");

        publicEndpoint.setSelection(false);
        publicEndpoint.notifyListeners(SWT.Selection, null);
        waitFor(() -> problems.getText().contains("[EP-3]"));

        assertThat(problems.getText()).contains("[EP-3]").contains("public endpoint disabled");
        org.eclipse.jface.fieldassist.ControlDecoration sign = (org.eclipse.jface.fieldassist.ControlDecoration) publicEndpoint
                .getData(DesignEditor.DECORATION);
        assertThat(sign.isVisible()).as("the field shows the problem as it is made").isTrue();
        assertThat(sign.getDescriptionText()).contains("[EP-3]");
        assertThat(editor.isDirty()).isTrue();
        screenshot("design-editor-ssisdb-ep3.png");

        PlatformUI.getWorkbench().getService(org.eclipse.ui.handlers.IHandlerService.class)
                .executeCommand(org.eclipse.ui.IWorkbenchCommandConstants.EDIT_UNDO, null);
        waitFor(() -> !problems.getText().contains("[EP-3]"));

        assertThat(publicEndpoint.getSelection()).as("the checkbox follows the undo").isTrue();
        assertThat(sign.isVisible()).isFalse();
        assertThat(editor.isDirty()).isFalse();

        PlatformUI.getWorkbench().getService(org.eclipse.ui.handlers.IHandlerService.class)
                .executeCommand(org.eclipse.ui.IWorkbenchCommandConstants.EDIT_REDO, null);
        waitFor(() -> problems.getText().contains("[EP-3]"));
        assertThat(publicEndpoint.getSelection()).isFalse();
    }

    @Test
    void theEndpointComboChangesTheModelAndSavingWritesTheFile() throws Exception {
        IFile file = sample("contoso.liftshift");
        DesignEditor editor = open(file);
        editor.setActivePage("catalog");
        Combo endpoint = (Combo) find(page.getWorkbenchWindow().getShell(), "ir-ssis-sales.endpoint");
        assertThat(endpoint.getText()).isEqualTo("PUBLIC");

        endpoint.select(endpoint.indexOf("PRIVATE"));
        endpoint.notifyListeners(SWT.Selection, null);
        drain();
        editor.doSave(null);

        assertThat(editor.isDirty()).isFalse();
        assertThat(MigrationFiles.load(file.getLocation().toPath()).eAllContents()).toIterable()
                .filteredOn(o -> o instanceof org.liftshift.model.target.SsisCatalogDesign)
                .extracting(o -> ((org.liftshift.model.target.SsisCatalogDesign) o).getEndpointKind().getLiteral())
                .doesNotContain("PUBLIC");
    }

    @Test
    void aCorruptFileOpensAPageThatSaysWhy() throws Exception {
        IFile file = project.getFile("broken.liftshift");
        file.create("<plan>not a migration file".getBytes(StandardCharsets.UTF_8), true, false, null);

        DesignEditor editor = open(file);

        Label message = (Label) find(page.getWorkbenchWindow().getShell(), "unreadable.message");
        assertThat(message.getText()).contains("broken.liftshift");
        assertThat(editor.isDirty()).isFalse();
        screenshot("design-editor-unreadable.png");
    }

    @Test
    void saveAsWritesANewDesignAndTheEditorFollowsIt() throws Exception {
        IFile file = sample("contoso.liftshift");
        DesignEditor editor = open(file);
        editor.setActivePage("catalog");
        Button publicEndpoint = (Button) find(page.getWorkbenchWindow().getShell(), "ir-ssis-sales.publicEndpointEnabled");
        Widgets.click(publicEndpoint);
        assertThat(editor.isDirty()).isTrue();
        IFile copy = project.getFile("contoso-private.liftshift");
        byte[] original = java.nio.file.Files.readAllBytes(file.getLocation().toPath());

        editor.saveAs(copy);

        assertThat(editor.isDirty()).isFalse();
        assertThat(editor.getEditorInput().getName()).isEqualTo("contoso-private.liftshift");
        assertThat(editor.getPartName()).isEqualTo("contoso-private.liftshift");
        assertThat(copy.exists()).isTrue();
        assertThat(MigrationFiles.load(copy.getLocation().toPath()).eAllContents()).toIterable()
                .filteredOn(org.liftshift.model.target.ManagedInstance.class::isInstance)
                .anyMatch(mi -> !((org.liftshift.model.target.ManagedInstance) mi).isPublicEndpointEnabled());
        assertThat(file.getLocation().toPath()).as("the original is untouched").hasBinaryContent(original);
    }

    private DesignEditor open(IFile file) throws Exception {
        return TestDesigns.open(page, file);
    }

    private IFile sample(String name) throws Exception {
        return TestDesigns.save(project, name, ContosoSample.build().plan);
    }

    private static Control find(Composite root, String testId) {
        return Widgets.find(root, testId, Control.class);
    }

    private static void waitFor(BooleanSupplier condition) {
        Widgets.waitFor(condition, 5);
    }

    private static void drain() {
        Widgets.drain();
    }

    private void screenshot(String name) throws Exception {
        drain();
        assertThat(Screens.save(page.getWorkbenchWindow().getShell(), name).width).isPositive();
    }
}
