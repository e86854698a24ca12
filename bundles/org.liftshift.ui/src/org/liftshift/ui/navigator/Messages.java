package org.liftshift.ui.navigator;

import org.eclipse.osgi.util.NLS;

/** User-facing texts of the navigator package. */
final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.liftshift.ui.navigator.messages"; //$NON-NLS-1$

    public static String Explorer_loading;
    public static String Explorer_plan;
    public static String Explorer_reading;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
