package org.liftshift.ui.problems;

import org.eclipse.osgi.util.NLS;

/** User-facing texts of the problems package. */
final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.liftshift.ui.problems.messages"; //$NON-NLS-1$

    public static String Builder_validating;
    public static String Marker_finding;
    public static String Marker_findingWithFix;
    public static String Marker_unreadable;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
