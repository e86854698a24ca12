package org.liftshift.ui.preferences;

import org.eclipse.osgi.util.NLS;

/** User-facing texts of the preferences package. */
final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.liftshift.ui.preferences.messages"; //$NON-NLS-1$

    public static String Preferences_description;
    public static String Preferences_generateWithErrors;
    public static String Preferences_naming;
    public static String Preferences_nodeSize;
    public static String Preferences_outputFolder;
    public static String Preferences_region;
    public static String Preferences_azureSignIn;
    public static String Preferences_signInDefault;
    public static String Preferences_signInBrowser;
    public static String Preferences_signInDeviceCode;
    public static String Preferences_azureCloud;
    public static String Preferences_cloudAzure;
    public static String Preferences_cloudChina;
    public static String Preferences_cloudUsGov;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
