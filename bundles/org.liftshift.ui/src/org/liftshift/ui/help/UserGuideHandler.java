package org.liftshift.ui.help;

import java.io.IOException;
import java.net.URL;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.FileLocator;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

/** Help &gt; Liftshift User Guide: the bundled HTML guide in the system or internal browser. */
public final class UserGuideHandler extends AbstractHandler {

    /** The guide inside the bundle. */
    public static final String PATH = "help/user-guide.html"; //$NON-NLS-1$

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        try {
            PlatformUI.getWorkbench().getBrowserSupport().getExternalBrowser().openURL(guide());
        } catch (IOException | PartInitException e) {
            throw new ExecutionException(NLS.bind(Messages.Guide_openFailed, e.getMessage()), e);
        }
        return null;
    }

    /** A file URL of the guide, extracted from the bundle if it is packed. */
    public static URL guide() throws IOException {
        URL entry = UserGuideHandler.class.getClassLoader().getResource(PATH);
        if (entry == null) {
            throw new IOException(PATH + " is missing from org.liftshift.ui"); //$NON-NLS-1$
        }
        return FileLocator.toFileURL(entry);
    }
}
