package org.liftshift.ui.azure;

import java.util.List;
import java.util.function.Function;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.osgi.util.NLS;
import org.liftshift.ui.DesignJob;
import org.liftshift.azure.arm.SecretValues;
import org.liftshift.azure.deploy.AzureConnection;
import org.liftshift.azure.deploy.DeploymentAction;
import org.liftshift.azure.deploy.DeploymentException;
import org.liftshift.azure.deploy.DeploymentSecrets;
import org.liftshift.azure.deploy.DesignDeployment;
import org.liftshift.azure.deploy.SecretUnavailableException;
import org.liftshift.model.persistence.MigrationFileException;
import org.liftshift.model.persistence.MigrationFiles;
import org.liftshift.model.plan.MigrationPlan;
import org.liftshift.model.target.Subscription;
import org.liftshift.ui.editor.DesignEditor;

import com.azure.core.exception.AzureException;

/**
 * Deploys a saved design to Azure from the workbench: makes its subscriptions known, reads what Azure
 * has and shows the planned changes (nothing is written until the architect agrees), then deploys
 * with progress and cancellation. A refusal by Azure, or a secret that cannot be read, becomes a
 * deployment marker on the design naming the rule and the fix.
 */
public final class DeployJob extends DesignJob {

    /** The family of every deployment job, to wait for or cancel them. */
    public static final Object FAMILY = DeployJob.class;

    private final IFile design;
    private final DesignEditor editor;
    private final Function<Subscription, AzureConnection> connector;
    private final DeploymentDialogs dialogs;
    private final ISecurePreferences storage;
    private List<DeploymentAction> done = List.of();

    /**
     * @param editor  the design's open editor (a subscription chosen is stored through it), or null
     * @param storage the secure storage secrets are read from, or null
     */
    public DeployJob(IFile design, DesignEditor editor, Function<Subscription, AzureConnection> connector, DeploymentDialogs dialogs,
            ISecurePreferences storage) {
        super(NLS.bind(Messages.Deploy_jobName, design.getName()), FAMILY);
        this.design = design;
        this.editor = editor;
        this.connector = connector;
        this.dialogs = dialogs;
        this.storage = storage;
    }

    /** The changes the last run made in Azure. */
    public List<DeploymentAction> done() {
        return done;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, 10);
        try {
            DeploymentMarkers.clear(design);
            MigrationPlan plan = MigrationFiles.load(design.getLocation().toPath());
            progress.subTask(Messages.Deploy_signingIn);
            DesignSubscriptions.makeKnown(plan, design, editor, connector, dialogs);
            progress.worked(1);
            DesignDeployment deployment = new DesignDeployment(connector);
            progress.subTask(Messages.Deploy_reading);
            List<DeploymentAction> planned = deployment.plan(plan);
            progress.worked(1);
            if (planned.isEmpty()) {
                return Status.info(NLS.bind(Messages.Deploy_nothingToDo, design.getName()));
            }
            if (!dialogs.confirm(design.getName(), planned)) {
                return Status.CANCEL_STATUS;
            }
            SecretValues ask = (secret, purpose) -> {
                String value = dialogs.secret(secret, purpose);
                if (value == null) {
                    throw new OperationCanceledException();
                }
                return value;
            };
            done = deployment.apply(plan, new DeploymentSecrets(storage, ask), progress.split(8));
            return Status.info(NLS.bind(Messages.Deploy_done, design.getName(), done.size()));
        } catch (OperationCanceledException e) {
            return new Status(IStatus.CANCEL, DeployJob.class, Messages.Deploy_cancelled);
        } catch (DeploymentException e) {
            return refused(e.getMessage(), e.fix(), e.rule() == null ? null : e.rule().id(), e.runtime(), e);
        } catch (SecretUnavailableException e) {
            return refused(e.getMessage(), null, null, null, e);
        } catch (MigrationFileException e) {
            return Status.error(NLS.bind("{0}: {1}", design.getFullPath(), e.getMessage()), e); //$NON-NLS-1$
        } catch (AzureException | IllegalStateException | CoreException e) {
            return Status.error(NLS.bind(Messages.Deploy_failed, design.getName(), e.getMessage()), e);
        }
    }

    private IStatus refused(String message, String fix, String ruleId, EObject subject, Exception cause) {
        try {
            DeploymentMarkers.add(design, message, fix, ruleId, subject);
        } catch (CoreException e) {
            MultiStatus status = new MultiStatus(DeployJob.class, 0, message);
            status.add(Status.error(message, cause));
            status.add(e.getStatus());
            return status;
        }
        return Status.error(fix == null || message.contains(fix) ? message : message + "\n" + fix, cause); //$NON-NLS-1$
    }
}
