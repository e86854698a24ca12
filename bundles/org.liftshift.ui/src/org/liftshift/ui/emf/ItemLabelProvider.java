package org.liftshift.ui.emf;

import java.net.URL;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;

/**
 * Labels and icons of model objects from the EMF.Edit item providers. Item providers answer icons as
 * URLs (or composed images, of which the base image is shown); images are made once and disposed with
 * the provider.
 */
public class ItemLabelProvider extends LabelProvider {

    private final AdapterFactory adapterFactory;
    private final ResourceManager images = new LocalResourceManager(JFaceResources.getResources());

    public ItemLabelProvider(AdapterFactory adapterFactory) {
        this.adapterFactory = adapterFactory;
    }

    @Override
    public String getText(Object element) {
        Object provider = adapterFactory.adapt(element, IItemLabelProvider.class);
        if (provider instanceof IItemLabelProvider label) {
            return label.getText(element);
        }
        return super.getText(element);
    }

    @Override
    public Image getImage(Object element) {
        Object provider = adapterFactory.adapt(element, IItemLabelProvider.class);
        if (!(provider instanceof IItemLabelProvider label)) {
            return null;
        }
        URL url = url(label.getImage(element));
        return url == null ? null : images.create(ImageDescriptor.createFromURL(url));
    }

    private static URL url(Object image) {
        if (image instanceof URL url) {
            return url;
        }
        if (image instanceof ComposedImage composed) {
            List<Object> parts = composed.getImages();
            return parts.isEmpty() ? null : url(parts.get(0));
        }
        return null;
    }

    @Override
    public void dispose() {
        images.dispose();
        super.dispose();
    }
}
