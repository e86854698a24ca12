package org.liftshift.ui.azure;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.PlatformUI;
import org.liftshift.azure.deploy.AvailableSubscription;
import org.liftshift.azure.deploy.AzureConnection;
import org.liftshift.azure.deploy.SubscriptionChoice;
import org.liftshift.model.persistence.MigrationFileException;
import org.liftshift.model.persistence.MigrationFiles;
import org.liftshift.model.plan.MigrationPlan;
import org.liftshift.model.target.Subscription;
import org.liftshift.model.target.TargetPackage;
import org.liftshift.ui.editor.DesignEditor;

/**
 * Before a workbench action uses Azure, makes each subscription of the design known by id and tenant:
 * one the design names only by display name is chosen by the architect among those the identity can
 * use, and the choice is stored in the design - through its open editor as an undoable command that
 * is saved (unless the architect has unsaved edits of their own), else in the file.
 */
public final class DesignSubscriptions {

    private DesignSubscriptions() {
    }

    /**
     * @param plan   the design as loaded from {@code design} for the action; updated with the choices
     * @param editor the design's open editor, or null
     * @throws OperationCanceledException when the architect chose none
     */
    public static void makeKnown(MigrationPlan plan, IFile design, DesignEditor editor, Function<Subscription, AzureConnection> connector,
            DeploymentDialogs dialogs) throws MigrationFileException, CoreException {
        SubscriptionChoice choice = new SubscriptionChoice(connector);
        boolean changed = false;
        for (Subscription designed : SubscriptionChoice.deployed(plan)) {
            if (SubscriptionChoice.known(designed)) {
                continue;
            }
            AvailableSubscription chosen = dialogs.chooseSubscription(designed, choice.available(designed));
            if (chosen == null) {
                throw new OperationCanceledException();
            }
            designed.setSubscriptionId(chosen.subscriptionId());
            designed.setTenantId(chosen.tenantId());
            changed = true;
        }
        if (changed && !storeInEditor(plan, editor)) {
            MigrationFiles.save(plan, design.getLocation().toPath());
            design.refreshLocal(IResource.DEPTH_ZERO, null);
        }
    }

    private static boolean storeInEditor(MigrationPlan chosen, DesignEditor editor) {
        if (editor == null) {
            return false;
        }
        AtomicBoolean stored = new AtomicBoolean();
        AtomicBoolean closed = new AtomicBoolean();
        // the workbench's display: the editor may have been closed meanwhile, and its shell with it
        PlatformUI.getWorkbench().getDisplay().syncExec(() -> {
            if (editor.getSite().getPage() == null || !editor.isLoaded() || editor.plan() == null || editor.plan().eResource() == null) {
                closed.set(true);
                return;
            }
            EditingDomain domain = editor.getEditingDomain();
            CompoundCommand command = new CompoundCommand(Messages.Subscription_command);
            for (Subscription designed : SubscriptionChoice.deployed(chosen)) {
                EObject open = editor.plan().eResource().getEObject(EcoreUtil.getURI(designed).fragment());
                if (open instanceof Subscription subscription) {
                    command.append(SetCommand.create(domain, subscription, TargetPackage.Literals.SUBSCRIPTION__SUBSCRIPTION_ID,
                            designed.getSubscriptionId()));
                    command.append(SetCommand.create(domain, subscription, TargetPackage.Literals.SUBSCRIPTION__TENANT_ID,
                            designed.getTenantId()));
                }
            }
            if (!command.isEmpty() && command.canExecute()) {
                // edits the architect made meanwhile are theirs to save: then the choice waits in the editor with them
                boolean editedMeanwhile = editor.isDirty();
                domain.getCommandStack().execute(command);
                if (!editedMeanwhile) {
                    editor.doSave(null);
                }
                stored.set(editedMeanwhile || !editor.isDirty());
            }
        });
        if (closed.get()) {
            return false;
        }
        if (!stored.get()) {
            throw new IllegalStateException(NLS.bind(Messages.Subscription_notStored, editor.getTitle()));
        }
        return true;
    }
}
