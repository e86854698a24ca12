package org.liftshift.ui.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.liftshift.model.navigation.DesignNavigation;
import org.liftshift.model.navigation.ObjectPaths;
import org.liftshift.model.plan.MigrationPlan;
import org.liftshift.model.target.AzureSsisIntegrationRuntime;
import org.liftshift.model.target.FailoverGroup;
import org.liftshift.model.target.NetworkSecurityGroup;
import org.liftshift.model.target.PublicIpAddress;
import org.liftshift.model.target.SecurityRule;
import org.liftshift.model.target.SqlHost;
import org.liftshift.model.target.Subnet;
import org.liftshift.model.target.TargetPackage;
import org.liftshift.model.target.VirtualNetwork;
import org.liftshift.report.TopologyDiagram.Node;
import org.liftshift.samples.ContosoSample;
import org.liftshift.ui.Screens;
import org.liftshift.ui.ProjectTestCase;
import org.liftshift.ui.TestDesigns;
import org.liftshift.ui.Widgets;
import org.liftshift.ui.editor.DesignEditor;

/** The Topology view on the Contoso design: what it draws, zoom and pan, and selection both ways with the editor. */
class TopologyViewTest extends ProjectTestCase {


    TopologyViewTest() {
        super("Topology");
    }

    @AfterEach
    void hideTheView() {
        page.hideView(page.findView(TopologyView.ID));
    }

    @Test
    void theViewDrawsEveryNetworkElementAndFollowsEdits() throws Exception {
        DesignEditor editor = open();
        TopologyView view = (TopologyView) page.showView(TopologyView.ID);
        assertThat(Widgets.waitFor(() -> view.diagram() != null, 10)).as("the topology of the open design").isTrue();

        List<EObject> elements = networkElements(editor.plan());
        assertThat(elements).hasSizeGreaterThan(10);
        for (EObject element : elements) {
            assertThat(view.diagram().nodeOf(element)).as("node of %s", ObjectPaths.of(element)).isPresent();
        }
        Screens.save(page.getWorkbenchWindow().getShell(), "topology-view.png");

        AzureSsisIntegrationRuntime runtime = DesignNavigation.runtimes(editor.plan()).get(0);
        Command rename = SetCommand.create(editor.getEditingDomain(), runtime, TargetPackage.Literals.AZURE_SSIS_INTEGRATION_RUNTIME__NAME,
                "ir-renamed");
        editor.getEditingDomain().getCommandStack().execute(rename);
        assertThat(Widgets.waitFor(() -> title(view, runtime).equals("Azure-SSIS IR ir-renamed"), 5)).as("redrawn after the edit")
                .isTrue();
        editor.getEditingDomain().getCommandStack().undo();
        assertThat(Widgets.waitFor(() -> !title(view, runtime).contains("ir-renamed"), 5)).as("and after the undo").isTrue();
    }

    @Test
    void zoomAndPanMoveThePicture() throws Exception {
        open();
        TopologyView view = (TopologyView) page.showView(TopologyView.ID);
        assertThat(Widgets.waitFor(() -> view.diagram() != null, 10)).isTrue();
        TopologyCanvas canvas = view.canvas();
        Node node = view.diagram().nodes().get(0);
        double zoom = canvas.zoom();
        Point before = canvas.pointOf(node);

        canvas.zoomBy(1.25);
        assertThat(canvas.zoom()).isCloseTo(zoom * 1.25, org.assertj.core.data.Offset.offset(1e-9));
        canvas.panBy(40, -25);
        Point after = canvas.pointOf(node);
        assertThat(after).isNotEqualTo(before);
        canvas.setZoom(1);
        assertThat(canvas.zoom()).isEqualTo(1.0);
        canvas.fit();
        assertThat(canvas.zoom()).isLessThanOrEqualTo(1.0);
    }

    @Test
    void selectionGoesBothWaysBetweenTheViewAndTheEditor() throws Exception {
        DesignEditor editor = open();
        TopologyView view = (TopologyView) page.showView(TopologyView.ID);
        assertThat(Widgets.waitFor(() -> view.diagram() != null, 10)).isTrue();
        TopologyCanvas canvas = view.canvas();
        canvas.setZoom(1);
        AzureSsisIntegrationRuntime runtime = DesignNavigation.runtimes(editor.plan()).get(0);
        Node ir = view.diagram().nodeOf(runtime).orElseThrow();
        canvas.select(ir); // scrolls the node into view
        canvas.select(null);

        click(canvas, canvas.pointOf(ir));
        assertThat(Widgets.waitFor(() -> selected(editor) == runtime, 5)).as("a click shows the IR in the editor").isTrue();
        assertThat(editor.getActivePageInstance().getId()).isEqualTo("runtime");
        assertThat(canvas.selected()).isEqualTo(ir);

        page.activate(editor);
        Subnet subnet = runtime.getVnetInjection().getSubnet();
        editor.select(subnet);
        assertThat(Widgets.waitFor(() -> canvas.selected() != null && canvas.selected().element() == subnet, 5))
                .as("the editor's selection is highlighted").isTrue();
        SecurityRule rule = subnet.getNetworkSecurityGroup().getRules().get(0);
        editor.select(rule);
        assertThat(Widgets.waitFor(() -> canvas.selected() != null && canvas.selected().element() == subnet.getNetworkSecurityGroup(), 5))
                .as("a rule highlights its NSG").isTrue();
        Screens.save(page.getWorkbenchWindow().getShell(), "topology-view-selection.png");
    }

    /**
     * A click at a point of the canvas, sent to its listeners as SWT delivers one (button 1 down and up).
     * Posting it through the display's queue is not used: under Xvfb the pointer does not always move.
     */
    private static void click(TopologyCanvas canvas, Point point) {
        for (int type : new int[] { SWT.MouseDown, SWT.MouseUp }) {
            Event event = new Event();
            event.button = 1;
            event.x = point.x;
            event.y = point.y;
            canvas.control().notifyListeners(type, event);
        }
        Widgets.drain();
    }

    private static Object selected(DesignEditor editor) {
        return ((IStructuredSelection) editor.getSite().getSelectionProvider().getSelection()).getFirstElement();
    }

    private static String title(TopologyView view, EObject element) {
        return view.diagram() == null ? "" : view.diagram().nodeOf(element).map(Node::title).orElse("");
    }

    private DesignEditor open() throws Exception {
        IFile file = TestDesigns.save(project, "contoso.liftshift", ContosoSample.build().plan);
        return TestDesigns.open(page, file);
    }

    private static List<EObject> networkElements(MigrationPlan plan) {
        List<EObject> elements = new ArrayList<>();
        plan.getTarget().eAllContents().forEachRemaining(object -> {
            if (object instanceof VirtualNetwork || object instanceof Subnet || object instanceof NetworkSecurityGroup
                    || object instanceof PublicIpAddress || object instanceof AzureSsisIntegrationRuntime || object instanceof SqlHost
                    || object instanceof FailoverGroup) {
                elements.add(object);
            }
        });
        return elements;
    }
}
