package org.liftshift.ui.report;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.handlers.HandlerUtil;
import org.liftshift.ui.DesignTarget;

/**
 * Write Review Report (Ctrl+Alt+R): the customer review report of the design, from its saved file.
 * Unsaved changes are saved first, on request, so that the report and the file the customer signs
 * off say the same.
 */
public final class WriteReportHandler extends AbstractHandler {

    public static final String COMMAND_ID = "org.liftshift.ui.commands.writeReport"; //$NON-NLS-1$

    @Override
    public Object execute(ExecutionEvent event) {
        DesignTarget target = DesignTarget.of(event);
        if (target == null) {
            MessageDialog.openInformation(HandlerUtil.getActiveShell(event), Messages.Report_title, Messages.Report_noDesign);
            return null;
        }
        if (target.editor() != null && target.editor().isDirty()) {
            if (!MessageDialog.openQuestion(HandlerUtil.getActiveShell(event), Messages.Report_title,
                    NLS.bind(Messages.Report_saveFirst, target.file().getName()))) {
                return null;
            }
            target.editor().doSave(null);
            if (target.editor().isDirty()) {
                return null; // the save failed and said why
            }
        }
        new WriteReportJob(target.file()).schedule();
        return null;
    }
}
