package org.liftshift.ui.kit;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.handlers.HandlerUtil;
import org.liftshift.ui.DesignFiles;
import org.liftshift.ui.editor.DesignEditor;

/**
 * Generate Deployment Kit (Ctrl+Alt+G): the design of the selected {@code .liftshift} file, or of the
 * active design editor as it stands (unsaved changes included), generated in a background job.
 */
public final class GenerateKitHandler extends AbstractHandler {

    public static final String COMMAND_ID = "org.liftshift.ui.commands.generateKit"; //$NON-NLS-1$

    @Override
    public Object execute(ExecutionEvent event) {
        IFile design = null;
        DesignEditor editor = null;
        ISelection selection = HandlerUtil.getCurrentSelection(event);
        IEditorPart active = HandlerUtil.getActiveEditor(event);
        if (HandlerUtil.getActivePart(event) == active && active instanceof DesignEditor designEditor
                && active.getEditorInput() instanceof IFileEditorInput input) {
            editor = designEditor;
            design = input.getFile();
        } else if (selection instanceof IStructuredSelection structured && !structured.isEmpty()) {
            design = DesignFiles.designOf(structured.getFirstElement());
        } else if (active instanceof DesignEditor designEditor && active.getEditorInput() instanceof IFileEditorInput input) {
            editor = designEditor;
            design = input.getFile();
        }
        if (design == null) {
            MessageDialog.openInformation(HandlerUtil.getActiveShell(event), Messages.Generate_title,
                    Messages.Generate_noDesign);
            return null;
        }
        new GenerateKitJob(design, editor == null ? null : editor.planSnapshot()).schedule();
        return null;
    }
}
