package org.liftshift.ui.topology;


import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;
import org.liftshift.model.plan.MigrationPlan;
import org.liftshift.report.TopologyDiagram;
import org.liftshift.report.TopologyDiagram.Node;
import org.liftshift.ui.editor.ActiveDesign;
import org.liftshift.ui.editor.DesignEditor;
import org.liftshift.ui.editor.SimpleSelectionProvider;

/**
 * The network topology of the design in the active design editor, drawn as the review report draws
 * it and redrawn after each edit. A click on a node shows its object in the editor (and in
 * Properties); a selection in the editor or the Outline highlights its node.
 */
public final class TopologyView extends ViewPart {

    public static final String ID = "org.liftshift.ui.views.topology"; //$NON-NLS-1$

    /** Edits come in bursts (typing a name): the layout waits until they pause. */
    static final int REBUILD_DELAY_MILLIS = 250;

    private DesignEditor editor;
    private ActiveDesign active;
    private final SimpleSelectionProvider selection = new SimpleSelectionProvider();
    private Composite stack;
    private Label empty;
    private TopologyCanvas canvas;
    private boolean rebuildPending;
    private MigrationPlan drawnPlan;

    private final ISelectionListener selections = this::selectionChanged;

    @Override
    public void createPartControl(Composite parent) {
        stack = new Composite(parent, SWT.NONE);
        stack.setLayout(new StackLayout());
        empty = new Label(stack, SWT.WRAP);
        empty.setText(Messages.Topology_noDesign);
        canvas = new TopologyCanvas(stack, this::picked);
        canvas.control().setData(DesignEditor.TEST_ID, "topology.canvas"); //$NON-NLS-1$

        IToolBarManager toolbar = getViewSite().getActionBars().getToolBarManager();
        toolbar.add(action(Messages.Topology_zoomIn, () -> canvas.zoomBy(1.25)));
        toolbar.add(action(Messages.Topology_zoomOut, () -> canvas.zoomBy(1 / 1.25)));
        toolbar.add(action(Messages.Topology_fit, () -> canvas.fit()));
        toolbar.add(action(Messages.Topology_actualSize, () -> canvas.setZoom(1)));
        getSite().setSelectionProvider(selection);
        getSite().getPage().addPostSelectionListener(selections);
        active = new ActiveDesign(getSite().getPage(), new ActiveDesign.Listener() {
            @Override
            public void shown(DesignEditor design) {
                editor = design;
                // activating the editor again shows it again; the layout is redone only for another design
                if (design == null || design.plan() != drawnPlan) {
                    rebuild();
                }
            }

            @Override
            public void changed() {
                scheduleRebuild();
            }
        });
    }

    private static Action action(String text, Runnable run) {
        return new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
    }

    private void scheduleRebuild() {
        if (!rebuildPending && !stack.isDisposed()) {
            rebuildPending = true;
            stack.getDisplay().timerExec(REBUILD_DELAY_MILLIS, () -> {
                rebuildPending = false;
                rebuild();
            });
        }
    }

    private void rebuild() {
        if (stack.isDisposed()) {
            return;
        }
        MigrationPlan plan = editor == null ? null : editor.plan();
        drawnPlan = plan;
        canvas.setDiagram(plan == null ? null : TopologyDiagram.of(plan));
        ((StackLayout) stack.getLayout()).topControl = plan == null ? empty : canvas.control();
        stack.layout();
    }

    private void picked(Node node) {
        selection.setSelection(new StructuredSelection(node.element()));
        if (editor != null) {
            editor.reveal(node.element(), null);
        }
    }

    private void selectionChanged(IWorkbenchPart part, ISelection chosen) {
        if (part == this || editor == null || canvas.diagram() == null || !(chosen instanceof IStructuredSelection structured)
                || editor.plan() == null || !(structured.getFirstElement() instanceof EObject object)
                || object.eResource() != editor.plan().eResource()) {
            return;
        }
        // an object without a node of its own (a security rule) highlights the node of its nearest container that has one
        for (EObject current = object; current != null; current = current.eContainer()) {
            var node = canvas.diagram().nodeOf(current);
            if (node.isPresent()) {
                canvas.select(node.get());
                return;
            }
        }
    }

    /** The diagram shown, for tests; null without a design. */
    TopologyDiagram diagram() {
        return canvas.diagram();
    }

    TopologyCanvas canvas() {
        return canvas;
    }

    @Override
    public void setFocus() {
        canvas.control().setFocus();
    }

    @Override
    public void dispose() {
        if (active != null) {
            active.dispose();
        }
        getSite().getPage().removePostSelectionListener(selections);
        super.dispose();
    }
}
