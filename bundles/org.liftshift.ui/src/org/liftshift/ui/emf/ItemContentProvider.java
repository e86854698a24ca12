package org.liftshift.ui.emf;

import java.util.Collection;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;

/**
 * A JFace tree content provider over EMF.Edit item providers: children, parents and root elements
 * as the generated item providers of the model define them (the role emf.edit.ui's
 * AdapterFactoryContentProvider plays, which Maven Central does not carry).
 */
public class ItemContentProvider implements ITreeContentProvider {

    private final AdapterFactory adapterFactory;

    public ItemContentProvider(AdapterFactory adapterFactory) {
        this.adapterFactory = adapterFactory;
    }

    @Override
    public Object[] getElements(Object input) {
        if (input instanceof Object[] array) {
            return array;
        }
        if (input instanceof Collection<?> collection) {
            return collection.toArray();
        }
        Object provider = adapterFactory.adapt(input, IStructuredItemContentProvider.class);
        return provider instanceof IStructuredItemContentProvider structured ? structured.getElements(input).toArray() : new Object[0];
    }

    @Override
    public Object[] getChildren(Object parent) {
        Object provider = adapterFactory.adapt(parent, ITreeItemContentProvider.class);
        return provider instanceof ITreeItemContentProvider tree ? tree.getChildren(parent).toArray() : new Object[0];
    }

    @Override
    public Object getParent(Object element) {
        Object provider = adapterFactory.adapt(element, ITreeItemContentProvider.class);
        return provider instanceof ITreeItemContentProvider tree ? tree.getParent(element) : null;
    }

    @Override
    public boolean hasChildren(Object element) {
        Object provider = adapterFactory.adapt(element, ITreeItemContentProvider.class);
        return provider instanceof ITreeItemContentProvider tree && tree.hasChildren(element);
    }
}
