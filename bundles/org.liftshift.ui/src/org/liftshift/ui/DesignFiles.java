package org.liftshift.ui;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;

/** What the workbench counts as a migration design: a {@code .liftshift} file. */
public final class DesignFiles {

    /** The file extension of migration designs, without the dot. */
    public static final String EXTENSION = "liftshift"; //$NON-NLS-1$

    private DesignFiles() {
    }

    public static boolean isDesign(IFile file) {
        return file != null && EXTENSION.equals(file.getFileExtension());
    }

    /** The design a selected element stands for (a file, or anything adapting to one), or null. */
    public static IFile designOf(Object element) {
        IFile file = element == null ? null : Adapters.adapt(element, IFile.class);
        return isDesign(file) ? file : null;
    }
}
