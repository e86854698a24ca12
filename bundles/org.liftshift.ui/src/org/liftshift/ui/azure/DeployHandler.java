package org.liftshift.ui.azure;

import java.util.Arrays;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.liftshift.ui.DesignTarget;
import org.liftshift.ui.problems.DesignMarkers;

/**
 * Deploy to Azure: deploys the saved design (saving it first, on request). A design with validation
 * errors is deployed only when the architect insists, as {@code liftshift deploy --force}.
 */
public final class DeployHandler extends AbstractHandler {

    public static final String COMMAND_ID = "org.liftshift.ui.commands.deploy"; //$NON-NLS-1$

    @Override
    public Object execute(ExecutionEvent event) {
        // the window's shell: the context's active shell may be a dialog closed meanwhile
        Shell shell = HandlerUtil.getActiveWorkbenchWindow(event) != null ? HandlerUtil.getActiveWorkbenchWindow(event).getShell()
                : HandlerUtil.getActiveShell(event);
        DesignTarget target = DesignTarget.of(event);
        if (target == null) {
            MessageDialog.openInformation(shell, Messages.Deploy_title, Messages.Deploy_noDesign);
            return null;
        }
        if (!target.saveFirst(shell, Messages.Deploy_title, NLS.bind(Messages.Deploy_saveFirst, target.file().getName()))) {
            return null;
        }
        long errors = validationErrors(target);
        if (errors > 0 && !MessageDialog.openQuestion(shell, Messages.Deploy_title,
                NLS.bind(Messages.Deploy_designHasErrors, target.file().getName(), errors))) {
            return null;
        }
        ISecurePreferences storage = SecurePreferencesFactory.getDefault();
        new DeployJob(target.file(), target.editor(), AzureAccess.connector(), new WorkbenchDeploymentDialogs(shell.getDisplay(), storage),
                storage).schedule();
        return null;
    }

    /** The design's validation errors, as the builder marked them. */
    private static long validationErrors(DesignTarget target) {
        try {
            return Arrays.stream(target.file().findMarkers(DesignMarkers.TYPE, false, IResource.DEPTH_ZERO))
                    .filter(marker -> marker.getAttribute(IMarker.SEVERITY, 0) == IMarker.SEVERITY_ERROR
                            && DesignMarkers.VALIDATION.equals(marker.getAttribute(DesignMarkers.ORIGIN, ""))) //$NON-NLS-1$
                    .count();
        } catch (CoreException e) {
            return 0; // the file is gone: the job says so
        }
    }
}
