package org.liftshift.ui.report;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.liftshift.ui.DesignTarget;
import org.liftshift.ui.azure.AzureAccess;
import org.liftshift.ui.azure.WorkbenchDeploymentDialogs;

/**
 * Write Review Report (Ctrl+Alt+R), and Write Review Report with Drift from Azure: the customer review
 * report of the design, from its saved file.
 * Unsaved changes are saved first, on request, so that the report and the file the customer signs
 * off say the same.
 */
public final class WriteReportHandler extends AbstractHandler {

    public static final String COMMAND_ID = "org.liftshift.ui.commands.writeReport"; //$NON-NLS-1$
    /** The same report with a Drift from Azure section: signs in and reads the deployed factories and runtimes. */
    public static final String WITH_DRIFT_ID = "org.liftshift.ui.commands.writeReportWithDrift"; //$NON-NLS-1$

    @Override
    public Object execute(ExecutionEvent event) {
        DesignTarget target = DesignTarget.of(event);
        if (target == null) {
            MessageDialog.openInformation(HandlerUtil.getActiveShell(event), Messages.Report_title, Messages.Report_noDesign);
            return null;
        }
        if (!target.saveFirst(HandlerUtil.getActiveShell(event), Messages.Report_title,
                NLS.bind(Messages.Report_saveFirst, target.file().getName()))) {
            return null;
        }
        if (WITH_DRIFT_ID.equals(event.getCommand().getId())) {
            ISecurePreferences storage = SecurePreferencesFactory.getDefault();
            new WriteReportJob(target.file(), new WriteReportJob.AzureDrift(target.editor(), AzureAccess.connector(),
                    new WorkbenchDeploymentDialogs(PlatformUI.getWorkbench().getDisplay(), storage))).schedule();
        } else {
            new WriteReportJob(target.file()).schedule();
        }
        return null;
    }
}
