package org.liftshift.ui.navigator;

import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.navigator.ICommonContentExtensionSite;
import org.eclipse.ui.navigator.ICommonLabelProvider;
import org.liftshift.ui.emf.ItemLabelProvider;

/** Labels and icons of the Migration Explorer's design content, from the model's item providers. */
public final class DesignFileLabels extends ItemLabelProvider implements ICommonLabelProvider {

    private final ComposedAdapterFactory adapterFactory;

    public DesignFileLabels() {
        this(new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE));
    }

    private DesignFileLabels(ComposedAdapterFactory adapterFactory) {
        super(adapterFactory);
        this.adapterFactory = adapterFactory;
    }

    @Override
    public String getText(Object element) {
        if (element instanceof DesignFileContent.PlanNode) {
            return Messages.Explorer_plan;
        }
        if (element instanceof DesignFileContent.Notice notice) {
            return notice.text();
        }
        return super.getText(element);
    }

    @Override
    public Image getImage(Object element) {
        if (element instanceof DesignFileContent.PlanNode node) {
            return super.getImage(node.plan());
        }
        if (element instanceof DesignFileContent.Notice) {
            return null;
        }
        return super.getImage(element);
    }

    @Override
    public String getDescription(Object element) {
        return getText(element);
    }

    @Override
    public void init(ICommonContentExtensionSite site) {
        // nothing to configure
    }

    @Override
    public void restoreState(IMemento memento) {
        // no state
    }

    @Override
    public void saveState(IMemento memento) {
        // no state
    }

    @Override
    public void dispose() {
        super.dispose();
        adapterFactory.dispose();
    }
}
