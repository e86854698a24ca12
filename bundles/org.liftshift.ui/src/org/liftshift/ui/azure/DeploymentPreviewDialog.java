package org.liftshift.ui.azure;

import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.liftshift.azure.deploy.DeploymentAction;
import org.liftshift.azure.deploy.DeploymentAction.Kind;

/**
 * The what-if of a deployment, shown before anything is written: each change in order, the Azure
 * resource it writes and why. Linked services the design refers to but Azure lacks are flagged: the
 * deployment stops before the runtime until they exist.
 */
public final class DeploymentPreviewDialog extends TitleAreaDialog {

    private final String design;
    private final List<DeploymentAction> planned;
    private TableViewer table;

    public DeploymentPreviewDialog(Shell parent, String design, List<DeploymentAction> planned) {
        super(parent);
        this.design = design;
        this.planned = List.copyOf(planned);
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Deploy_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(NLS.bind(Messages.Deploy_previewTitle, design));
        long missing = planned.stream().filter(a -> a.kind() == Kind.REQUIRE_LINKED_SERVICE).count();
        if (missing > 0) {
            setMessage(NLS.bind(Messages.Deploy_previewMissing, planned.size() - missing, missing), IMessageProvider.WARNING);
        } else {
            setMessage(NLS.bind(Messages.Deploy_previewMessage, planned.size()));
        }
        table = new TableViewer(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).hint(820, 300).applyTo(table.getControl());
        column(Messages.Deploy_columnChange, 220, new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return ((DeploymentAction) element).kind().text();
            }

            @Override
            public Image getImage(Object element) {
                return ((DeploymentAction) element).kind() == Kind.REQUIRE_LINKED_SERVICE
                        ? PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_WARN_TSK)
                        : null;
            }
        });
        column(Messages.Deploy_columnResource, 260, new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return shortName(((DeploymentAction) element).resourceId());
            }

            @Override
            public String getToolTipText(Object element) {
                return ((DeploymentAction) element).resourceId();
            }
        });
        column(Messages.Deploy_columnReason, 340, new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return ((DeploymentAction) element).reason();
            }
        });
        table.setContentProvider(ArrayContentProvider.getInstance());
        table.setInput(planned);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.Deploy_button, false);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, true);
    }

    /** The table of changes, for tests. */
    TableViewer table() {
        return table;
    }

    /** The last segments of an Azure resource id: the resource and its parent, e.g. {@code factories/adf/integrationruntimes/ir}. */
    static String shortName(String resourceId) {
        String[] parts = resourceId.split("/"); //$NON-NLS-1$
        int from = Math.max(0, parts.length - 4);
        return String.join("/", java.util.Arrays.copyOfRange(parts, from, parts.length)); //$NON-NLS-1$
    }

    private void column(String title, int width, ColumnLabelProvider labels) {
        TableViewerColumn column = new TableViewerColumn(table, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(labels);
    }
}
