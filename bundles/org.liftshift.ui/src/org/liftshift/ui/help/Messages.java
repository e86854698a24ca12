package org.liftshift.ui.help;

import org.eclipse.osgi.util.NLS;

/** User-facing texts of the help package. */
final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.liftshift.ui.help.messages"; //$NON-NLS-1$

    public static String Guide_openFailed;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
