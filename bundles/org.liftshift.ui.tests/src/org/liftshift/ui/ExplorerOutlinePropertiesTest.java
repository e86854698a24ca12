package org.liftshift.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liftshift.model.target.AzureSsisIntegrationRuntime;
import org.liftshift.samples.ContosoSample;
import org.liftshift.ui.editor.DesignEditor;

/** The Migration Explorer's design trees, the Outline and the Properties view on the Contoso design. */
class ExplorerOutlinePropertiesTest extends ProjectTestCase {

    private IFile design;

    ExplorerOutlinePropertiesTest() {
        super("Explorer");
    }

    @BeforeEach
    void saveTheSample() throws Exception {
        design = TestDesigns.save(project, "contoso.liftshift", ContosoSample.build().plan);
    }

    @Test
    void theExplorerShowsEstateTargetAndPlanAndDoubleClickOpensThePageOfTheObject() throws Exception {
        MigrationExplorer explorer = (MigrationExplorer) page.showView(MigrationExplorer.ID);
        TreeViewer viewer = explorer.getCommonViewer();
        viewer.expandToLevel(project, 1);
        viewer.expandToLevel(design, 1);
        assertThat(Widgets.waitFor(() -> {
            viewer.expandToLevel(design, 1);
            return labels(viewer.getTree()).stream().anyMatch(l -> l.startsWith("Plan: "));
        }, 20)).as("the design's content is read and shown").isTrue();
        viewer.expandToLevel(design, 6);
        Widgets.drain();

        List<String> labels = labels(viewer.getTree());
        assertThat(labels).anyMatch(l -> l.contains("ir-ssis-sales")).anyMatch(l -> l.contains("Contoso"));
        TreeItem runtime = item(viewer.getTree(), i -> i.getData() instanceof AzureSsisIntegrationRuntime r && r.getName().equals("ir-ssis-sales"));
        assertThat(runtime.getImage()).as("EMF.Edit icon").isNotNull();
        Screens.save(page.getWorkbenchWindow().getShell(), "migration-explorer.png");

        viewer.setSelection(new StructuredSelection(runtime.getData()), true);
        Event open = new Event();
        open.item = runtime;
        viewer.getTree().notifyListeners(SWT.DefaultSelection, open);

        assertThat(Widgets.waitFor(() -> page.getActiveEditor() instanceof DesignEditor editor && editor.isLoaded()
                && editor.getActivePageInstance() != null && "runtime".equals(editor.getActivePageInstance().getId()), 20)).isTrue();
        DesignEditor editor = (DesignEditor) page.getActiveEditor();
        Object selected = ((IStructuredSelection) editor.getSite().getSelectionProvider().getSelection()).getFirstElement();
        assertThat(selected).isInstanceOf(AzureSsisIntegrationRuntime.class);
        assertThat(((AzureSsisIntegrationRuntime) selected).getName()).isEqualTo("ir-ssis-sales");
        assertThat(selected).as("the editor's own object, not the explorer's copy").isNotSameAs(runtime.getData());
    }

    @Test
    void theOutlineShowsTheDesignAndSelectingAnObjectOpensItsPage() throws Exception {
        DesignEditor editor = (DesignEditor) IDE.openEditor(page, design, DesignEditor.ID);
        assertThat(Widgets.waitFor(editor::isLoaded, 20)).isTrue();
        page.showView(IPageLayout.ID_OUTLINE);
        page.activate(editor);
        Tree tree = Widgets.find(page.getWorkbenchWindow().getShell(), "outline.tree", Tree.class);
        assertThat(Widgets.waitFor(() -> tree.getItemCount() > 0, 10)).isTrue();
        Screens.save(page.getWorkbenchWindow().getShell(), "outline.png");

        TreeItem plan = tree.getItem(0);
        TreeItem target = Arrays.stream(plan.getItems()).filter(i -> i.getText().contains("Contoso Azure")).findFirst().orElseThrow();
        tree.setSelection(target);
        tree.notifyListeners(SWT.Selection, new Event());
        Widgets.drain();

        Object selected = ((IStructuredSelection) editor.getSite().getSelectionProvider().getSelection()).getFirstElement();
        assertThat(selected).as("the outline's selection becomes the editor's").isInstanceOf(org.liftshift.model.target.AzureTarget.class);
        EObject network = firstOfType(editor, org.liftshift.model.target.VirtualNetwork.class);
        editor.reveal(network, "");
        Widgets.drain();
        assertThat(editor.getActivePageInstance().getId()).isEqualTo("network");
    }

    @Test
    void thePropertiesOfAnObjectAreEditableAndEachEditCanBeUndone() throws Exception {
        DesignEditor editor = (DesignEditor) IDE.openEditor(page, design, DesignEditor.ID);
        assertThat(Widgets.waitFor(editor::isLoaded, 20)).isTrue();
        AzureSsisIntegrationRuntime runtime = (AzureSsisIntegrationRuntime) firstOfType(editor, AzureSsisIntegrationRuntime.class);
        IPropertySource properties = Adapters.adapt(runtime, IPropertySource.class);
        assertThat(properties).isNotNull();
        List<String> names = Arrays.stream(properties.getPropertyDescriptors()).map(IPropertyDescriptor::getDisplayName).toList();
        assertThat(names).contains("Node Count", "Edition");
        Object nodeCount = Arrays.stream(properties.getPropertyDescriptors()).filter(d -> d.getDisplayName().equals("Node Count"))
                .findFirst().orElseThrow().getId();
        int before = runtime.getNodeCount();

        properties.setPropertyValue(nodeCount, Integer.toString(before + 3));

        assertThat(runtime.getNodeCount()).isEqualTo(before + 3);
        assertThat(editor.isDirty()).as("the edit went through the editor's command stack").isTrue();
        properties.setPropertyValue(nodeCount, "not a number");
        assertThat(runtime.getNodeCount()).as("a value that does not parse is refused").isEqualTo(before + 3);
        Widgets.drain();
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(IWorkbenchCommandConstants.EDIT_UNDO, null);
        assertThat(runtime.getNodeCount()).isEqualTo(before);

        page.showView(IPageLayout.ID_PROP_SHEET);
        page.activate(editor);
        editor.reveal(runtime, "");
        Widgets.drain();
        page.showView(IPageLayout.ID_PROP_SHEET);
        Widgets.drain();
        Screens.save(page.getWorkbenchWindow().getShell(), "properties.png");
    }

    private static EObject firstOfType(DesignEditor editor, Class<? extends EObject> type) {
        List<EObject> found = new ArrayList<>();
        editor.plan().eAllContents().forEachRemaining(o -> {
            if (type.isInstance(o)) {
                found.add(o);
            }
        });
        return found.get(0);
    }

    private static List<String> labels(Tree tree) {
        List<String> labels = new ArrayList<>();
        for (TreeItem item : tree.getItems()) {
            collect(item, labels);
        }
        return labels;
    }

    private static void collect(TreeItem item, List<String> labels) {
        labels.add(item.getText());
        for (TreeItem child : item.getItems()) {
            collect(child, labels);
        }
    }

    private static TreeItem item(Tree tree, java.util.function.Predicate<TreeItem> matches) {
        List<TreeItem> all = new ArrayList<>();
        for (TreeItem item : tree.getItems()) {
            all(item, all);
        }
        return all.stream().filter(matches).findFirst().orElseThrow();
    }

    private static void all(TreeItem item, List<TreeItem> into) {
        into.add(item);
        for (TreeItem child : item.getItems()) {
            all(child, into);
        }
    }
}
