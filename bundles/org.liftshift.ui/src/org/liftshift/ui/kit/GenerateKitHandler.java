package org.liftshift.ui.kit;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.liftshift.ui.DesignTarget;

/**
 * Generate Deployment Kit (Ctrl+Alt+G): the design of the selected {@code .liftshift} file, or of the
 * active design editor as it stands (unsaved changes included), generated in a background job.
 */
public final class GenerateKitHandler extends AbstractHandler {

    public static final String COMMAND_ID = "org.liftshift.ui.commands.generateKit"; //$NON-NLS-1$

    @Override
    public Object execute(ExecutionEvent event) {
        DesignTarget target = DesignTarget.of(event);
        if (target == null) {
            MessageDialog.openInformation(HandlerUtil.getActiveShell(event), Messages.Generate_title,
                    Messages.Generate_noDesign);
            return null;
        }
        new GenerateKitJob(target.file(), target.editor() == null ? null : target.editor().planSnapshot()).schedule();
        return null;
    }
}
