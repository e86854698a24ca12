package org.liftshift.ui.azure;

import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
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
public final class DeploymentPreviewDialog extends TableDialog<DeploymentAction> {

    private final String design;
    private final List<DeploymentAction> planned;

    public DeploymentPreviewDialog(Shell parent, String design, List<DeploymentAction> planned) {
        super(parent, Messages.Deploy_title, DeploymentAction.class);
        this.design = design;
        this.planned = List.copyOf(planned);
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
        createTable(area, SWT.NONE, 820, 300);
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
        column(Messages.Deploy_columnReason, 340, DeploymentAction::reason);
        show(planned);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.Deploy_button, false);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, true);
    }

    /** The last segments of an Azure resource id: the resource and its parent, e.g. {@code factories/adf/integrationruntimes/ir}. */
    static String shortName(String resourceId) {
        String[] parts = resourceId.split("/"); //$NON-NLS-1$
        int from = Math.max(0, parts.length - 4);
        return String.join("/", java.util.Arrays.copyOfRange(parts, from, parts.length)); //$NON-NLS-1$
    }
}
