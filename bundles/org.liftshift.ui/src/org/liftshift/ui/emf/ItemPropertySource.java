package org.liftshift.ui.emf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.ui.views.properties.ComboBoxPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.eclipse.ui.views.properties.TextPropertyDescriptor;

/**
 * The Properties view's view of a model object, from its EMF.Edit property descriptors: single-valued
 * text, number, boolean and enum attributes are editable (each change is a command on the editing
 * domain the object's resource set names, so it can be undone); references and lists are shown.
 */
public final class ItemPropertySource implements IPropertySource {

    private static final Object INVALID = new Object();

    private final Object object;
    private final IItemPropertySource source;

    private ItemPropertySource(Object object, IItemPropertySource source) {
        this.object = object;
        this.source = source;
    }

    /** The property source of {@code object}, or null when the model gives it none. */
    public static IPropertySource of(Object object, AdapterFactory adapterFactory) {
        Object adapted = adapterFactory.adapt(object, IItemPropertySource.class);
        return adapted instanceof IItemPropertySource source ? new ItemPropertySource(object, source) : null;
    }

    @Override
    public Object getEditableValue() {
        return source.getEditableValue(object);
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        List<IPropertyDescriptor> descriptors = new ArrayList<>();
        for (IItemPropertyDescriptor item : source.getPropertyDescriptors(object)) {
            descriptors.add(descriptor(item));
        }
        return descriptors.toArray(IPropertyDescriptor[]::new);
    }

    private PropertyDescriptor descriptor(IItemPropertyDescriptor item) {
        String id = item.getId(object);
        String name = item.getDisplayName(object);
        PropertyDescriptor descriptor;
        Object feature = item.getFeature(object);
        if (item.canSetProperty(object) && feature instanceof EAttribute attribute && !attribute.isMany() && !isSecret(attribute)) {
            Collection<?> choices = item.getChoiceOfValues(object);
            if (choices != null && !choices.isEmpty()) {
                List<Object> values = new ArrayList<>(choices);
                descriptor = new ComboBoxPropertyDescriptor(id, name, values.stream().map(v -> label(item, v)).toArray(String[]::new));
                descriptor.setLabelProvider(new LabelProvider() {
                    @Override
                    public String getText(Object element) {
                        return element instanceof Integer index && index >= 0 && index < values.size() ? label(item, values.get(index))
                                : label(item, element);
                    }
                });
            } else {
                descriptor = new TextPropertyDescriptor(id, name);
            }
        } else {
            descriptor = new PropertyDescriptor(id, name);
            descriptor.setLabelProvider(new LabelProvider() {
                @Override
                public String getText(Object element) {
                    return label(item, element);
                }
            });
        }
        descriptor.setCategory(item.getCategory(object));
        descriptor.setDescription(item.getDescription(object));
        return descriptor;
    }

    private String label(IItemPropertyDescriptor item, Object value) {
        IItemLabelProvider labels = item.getLabelProvider(object);
        return labels == null ? String.valueOf(value) : labels.getText(value);
    }

    /** Values a design never holds in clear are never shown or edited here. */
    private static boolean isSecret(EAttribute attribute) {
        String name = attribute.getName().toLowerCase(java.util.Locale.ROOT);
        return name.contains("password") || name.contains("sasuri") || name.contains("secret"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private IItemPropertyDescriptor item(Object id) {
        return source.getPropertyDescriptor(object, id);
    }

    @Override
    public Object getPropertyValue(Object id) {
        IItemPropertyDescriptor item = item(id);
        if (item == null) {
            return null;
        }
        Object value = item.getPropertyValue(object);
        if (value instanceof IItemPropertySource wrapper) {
            value = wrapper.getEditableValue(object);
        }
        Collection<?> choices = item.getChoiceOfValues(object);
        if (choices != null && !choices.isEmpty() && item.canSetProperty(object) && item.getFeature(object) instanceof EAttribute) {
            return Integer.valueOf(new ArrayList<>(choices).indexOf(value));
        }
        if (item.getFeature(object) instanceof EAttribute attribute && item.canSetProperty(object) && !attribute.isMany()) {
            return value == null ? "" : value.toString(); //$NON-NLS-1$
        }
        return value;
    }

    @Override
    public boolean isPropertySet(Object id) {
        IItemPropertyDescriptor item = item(id);
        return item != null && item.isPropertySet(object);
    }

    @Override
    public void resetPropertyValue(Object id) {
        IItemPropertyDescriptor item = item(id);
        if (item != null) {
            item.resetPropertyValue(object);
        }
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
        IItemPropertyDescriptor item = item(id);
        if (item == null) {
            return;
        }
        Object newValue = value;
        Collection<?> choices = item.getChoiceOfValues(object);
        if (value instanceof Integer index && choices != null && !choices.isEmpty()) {
            newValue = index >= 0 && index < choices.size() ? new ArrayList<>(choices).get(index) : null;
        } else if (value instanceof String text && item.getFeature(object) instanceof EAttribute attribute) {
            newValue = fromString(attribute, text);
            if (newValue == INVALID) {
                return;
            }
        }
        item.setPropertyValue(object, newValue);
    }

    /** The attribute's value written as {@code text}, or {@link #INVALID} when it does not parse. */
    private static Object fromString(EAttribute attribute, String text) {
        EDataType type = attribute.getEAttributeType();
        if (text.isEmpty() && !type.getInstanceClass().isPrimitive()) {
            return null;
        }
        try {
            return type.getEPackage().getEFactoryInstance().createFromString(type, text.strip());
        } catch (RuntimeException e) {
            return INVALID;
        }
    }
}
