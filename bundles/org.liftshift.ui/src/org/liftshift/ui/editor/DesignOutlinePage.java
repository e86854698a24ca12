package org.liftshift.ui.editor;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.liftshift.model.plan.MigrationPlan;
import org.liftshift.ui.emf.ItemContentProvider;
import org.liftshift.ui.emf.ItemLabelProvider;

/**
 * The Outline of a design: estate, target and plan as the model's item providers show them; selecting
 * an object opens the page about it and shows it in Properties.
 */
final class DesignOutlinePage extends ContentOutlinePage {

    private final DesignEditor editor;
    private final AdapterFactory adapterFactory;
    private boolean revealing;

    DesignOutlinePage(DesignEditor editor, AdapterFactory adapterFactory) {
        this.editor = editor;
        this.adapterFactory = adapterFactory;
    }

    @Override
    public void createControl(Composite parent) {
        super.createControl(parent);
        TreeViewer viewer = getTreeViewer();
        viewer.getTree().setData(DesignEditor.TEST_ID, "outline.tree"); //$NON-NLS-1$
        viewer.setContentProvider(new ItemContentProvider(adapterFactory));
        viewer.setLabelProvider(new ItemLabelProvider(adapterFactory));
        viewer.setUseHashlookup(true);
        show(editor.plan());
        editor.onChange(() -> {
            if (!viewer.getControl().isDisposed()) {
                viewer.refresh();
            }
        });
    }

    /** Shows the plan once it is loaded (the outline may open first). */
    void show(MigrationPlan plan) {
        TreeViewer viewer = getTreeViewer();
        if (plan == null || viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        viewer.setInput(new Object[] { plan });
        viewer.expandToLevel(2);
    }

    /** Shows an object the editor revealed, expanding the tree down to it. */
    void select(EObject object) {
        TreeViewer viewer = getTreeViewer();
        if (viewer == null || viewer.getControl().isDisposed() || revealing) {
            return;
        }
        revealing = true;
        try {
            viewer.setSelection(new StructuredSelection(object), true);
        } finally {
            revealing = false;
        }
    }

    @Override
    public void selectionChanged(org.eclipse.jface.viewers.SelectionChangedEvent event) {
        super.selectionChanged(event);
        if (!revealing && event.getSelection() instanceof IStructuredSelection selection && selection.getFirstElement() instanceof EObject object) {
            revealing = true;
            try {
                editor.reveal(object, ""); //$NON-NLS-1$
            } finally {
                revealing = false;
            }
        }
    }
}
