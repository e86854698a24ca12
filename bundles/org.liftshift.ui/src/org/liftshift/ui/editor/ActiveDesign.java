package org.liftshift.ui.editor;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;

/**
 * The design editor a view shows: the last design editor activated on the page, until it closes. The
 * view is told when another editor (or none) is shown and when the shown design changes (edits,
 * undo, redo).
 */
public final class ActiveDesign {

    /** What the view does. */
    public interface Listener {
        /** Another editor is shown, or null when the last one closed. */
        void shown(DesignEditor editor);

        /** The shown editor's design changed. */
        void changed();
    }

    private final IWorkbenchPage page;
    private final Listener listener;
    private final Set<DesignEditor> watched = new HashSet<>();
    private DesignEditor editor;

    private final IPartListener2 parts = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference reference) {
            // the same editor again too: its design may have finished loading since it was shown
            if (reference.getPart(false) instanceof DesignEditor design) {
                show(design);
            }
        }

        @Override
        public void partClosed(IWorkbenchPartReference reference) {
            if (reference.getPart(false) == editor) {
                show(null);
            }
        }
    };

    /** Starts following the page: shows the active editor if it is a design editor. */
    public ActiveDesign(IWorkbenchPage page, Listener listener) {
        this.page = page;
        this.listener = listener;
        page.addPartListener(parts);
        show(page.getActiveEditor() instanceof DesignEditor design ? design : null);
    }

    /** The editor shown, or null. */
    public DesignEditor editor() {
        return editor;
    }

    /** Shows this editor's design (or none), e.g. when the view is asked to. */
    public void show(DesignEditor design) {
        editor = design;
        // an editor keeps its change listeners until it closes: register once per editor
        if (design != null && watched.add(design)) {
            design.onChange(() -> {
                if (design == editor) {
                    listener.changed();
                }
            });
        }
        listener.shown(design);
    }

    public void dispose() {
        page.removePartListener(parts);
    }
}
