package org.liftshift.ui.kit;

import org.eclipse.osgi.util.NLS;

/** User-facing texts of the kit package. */
final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.liftshift.ui.kit.messages"; //$NON-NLS-1$

    public static String Generate_generating;
    public static String Generate_jobName;
    public static String Generate_noDesign;
    public static String Generate_reading;
    public static String Generate_refused;
    public static String Generate_title;
    public static String Generate_validating;
    public static String Generate_writeFailed;
    public static String Generate_writing;
    public static String KitView_copy;
    public static String KitView_empty;
    public static String KitView_file;
    public static String KitView_heading;
    public static String KitView_openFolder;
    public static String KitView_purpose;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
