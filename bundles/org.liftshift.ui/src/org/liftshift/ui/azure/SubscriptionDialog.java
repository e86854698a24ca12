package org.liftshift.ui.azure;

import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
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
public final class SubscriptionDialog extends TitleAreaDialog {

    private final Subscription designed;
    private final List<AvailableSubscription> available;
    private TableViewer table;
    private AvailableSubscription chosen;

    public SubscriptionDialog(Shell parent, Subscription designed, List<AvailableSubscription> available) {
        super(parent);
        this.designed = designed;
        this.available = List.copyOf(available);
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Subscription_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(NLS.bind(Messages.Subscription_heading, designed.getName()));
        setMessage(available.isEmpty() ? Messages.Subscription_none : Messages.Subscription_message);
        table = new TableViewer(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
        table.getTable().setHeaderVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).hint(720, 220).applyTo(table.getControl());
        column(Messages.Subscription_columnName, 220, AvailableSubscription::displayName);
        column(Messages.Subscription_columnId, 260, AvailableSubscription::subscriptionId);
        column(Messages.Subscription_columnTenant, 260, AvailableSubscription::tenantId);
        column(Messages.Subscription_columnState, 80, AvailableSubscription::state);
        table.setContentProvider(ArrayContentProvider.getInstance());
        table.setInput(available);
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

    /** The table of subscriptions, for tests. */
    TableViewer table() {
        return table;
    }

    private void updateButtons() {
        if (getButton(IDialogConstants.OK_ID) != null) {
            getButton(IDialogConstants.OK_ID).setEnabled(chosen != null && chosen.enabled());
        }
    }

    private void column(String title, int width, java.util.function.Function<AvailableSubscription, String> text) {
        TableViewerColumn column = new TableViewerColumn(table, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((AvailableSubscription) element);
            }
        });
    }
}
