package org.liftshift.ui.emf;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.ui.views.properties.IPropertySource;

/**
 * Gives every model object a property source, so the Properties view shows whatever a Liftshift view
 * or editor selects (registered for EObject in plugin.xml).
 */
public final class PropertySourceAdapterFactory implements IAdapterFactory {

    private final ComposedAdapterFactory items = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);

    @Override
    public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
        return adapterType == IPropertySource.class ? adapterType.cast(ItemPropertySource.of(adaptable, items)) : null;
    }

    @Override
    public Class<?>[] getAdapterList() {
        return new Class<?>[] { IPropertySource.class };
    }
}
