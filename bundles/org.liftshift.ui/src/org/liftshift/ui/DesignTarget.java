package org.liftshift.ui;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.handlers.HandlerUtil;
import org.liftshift.ui.editor.DesignEditor;

/**
 * The design a Migration command acts on: the active design editor's when it has the focus, else the
 * selected {@code .liftshift} file, else the design editor in front.
 *
 * @param editor the editor showing the design, or null when the file is not open
 */
public record DesignTarget(IFile file, DesignEditor editor) {

    /**
     * Commands that work from the saved file save unsaved changes first, when the architect agrees.
     *
     * @return whether the file is saved now
     */
    public boolean saveFirst(Shell shell, String title, String question) {
        if (editor == null || !editor.isDirty()) {
            return true;
        }
        if (!MessageDialog.openQuestion(shell, title, question)) {
            return false;
        }
        editor.doSave(null);
        return !editor.isDirty(); // a failed save said why
    }

    /** The target of the command, or null when there is no design to act on. */
    public static DesignTarget of(ExecutionEvent event) {
        ISelection selection = HandlerUtil.getCurrentSelection(event);
        IEditorPart active = HandlerUtil.getActiveEditor(event);
        DesignTarget inEditor = active instanceof DesignEditor editor && active.getEditorInput() instanceof IFileEditorInput input
                ? new DesignTarget(input.getFile(), editor) : null;
        if (inEditor != null && HandlerUtil.getActivePart(event) == active) {
            return inEditor;
        }
        if (selection instanceof IStructuredSelection structured && !structured.isEmpty()) {
            IFile file = DesignFiles.designOf(structured.getFirstElement());
            return file == null ? null : new DesignTarget(file, null);
        }
        return inEditor;
    }
}
