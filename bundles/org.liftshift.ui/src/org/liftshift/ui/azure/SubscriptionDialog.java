package org.liftshift.ui.azure;

import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.liftshift.azure.deploy.AvailableSubscription;
import org.liftshift.azure.deploy.SubscriptionChoice;
import org.liftshift.model.target.Subscription;

/**
 * Chooses which Azure subscription a subscription of the design is, among those the signed-in
 * identity can use. The one the design already names (by id or display name) is preselected.
 */
public final class SubscriptionDialog extends TableDialog<AvailableSubscription> {

    private final Subscription designed;
    private final List<AvailableSubscription> available;
    private AvailableSubscription chosen;

    public SubscriptionDialog(Shell parent, Subscription designed, List<AvailableSubscription> available) {
        super(parent, Messages.Subscription_title, AvailableSubscription.class);
        this.designed = designed;
        this.available = List.copyOf(available);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(NLS.bind(Messages.Subscription_heading, designed.getName()));
        setMessage(available.isEmpty() ? Messages.Subscription_none : Messages.Subscription_message);
        TableViewer table = createTable(area, SWT.SINGLE, 720, 220);
        column(Messages.Subscription_columnName, 220, AvailableSubscription::displayName);
        column(Messages.Subscription_columnId, 260, AvailableSubscription::subscriptionId);
        column(Messages.Subscription_columnTenant, 260, AvailableSubscription::tenantId);
        column(Messages.Subscription_columnState, 80, AvailableSubscription::state);
        show(available);
        table.addSelectionChangedListener(event -> {
            chosen = (AvailableSubscription) ((IStructuredSelection) event.getSelection()).getFirstElement();
            updateButtons();
        });
        table.addDoubleClickListener(event -> okPressed());
        try {
            table.setSelection(new StructuredSelection(SubscriptionChoice.choose(designed, available, null)), true);
        } catch (IllegalArgumentException e) {
            // the design names none of them: the architect picks one
        }
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        updateButtons();
    }

    @Override
    protected void okPressed() {
        if (chosen != null) {
            super.okPressed();
        }
    }

    /** The subscription chosen, or null. */
    public AvailableSubscription chosen() {
        return chosen;
    }

    private void updateButtons() {
        if (getButton(IDialogConstants.OK_ID) != null) {
            getButton(IDialogConstants.OK_ID).setEnabled(chosen != null && chosen.enabled());
        }
    }
}
