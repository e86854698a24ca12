package org.liftshift.ui.azure;

import org.eclipse.osgi.util.NLS;

/** Texts of deployment to Azure from the workbench. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.liftshift.ui.azure.messages"; //$NON-NLS-1$

    public static String Azure_deviceCodeTitle;
    public static String Azure_ok;
    public static String Deploy_title;
    public static String Deploy_noDesign;
    public static String Deploy_saveFirst;
    public static String Deploy_designHasErrors;
    public static String Deploy_jobName;
    public static String Deploy_signingIn;
    public static String Deploy_reading;
    public static String Deploy_nothingToDo;
    public static String Deploy_done;
    public static String Deploy_cancelled;
    public static String Deploy_failed;
    public static String Deploy_previewTitle;
    public static String Deploy_previewMessage;
    public static String Deploy_previewMissing;
    public static String Deploy_columnChange;
    public static String Deploy_columnResource;
    public static String Deploy_columnReason;
    public static String Deploy_button;
    public static String Subscription_title;
    public static String Subscription_heading;
    public static String Subscription_message;
    public static String Subscription_none;
    public static String Subscription_columnName;
    public static String Subscription_columnId;
    public static String Subscription_columnTenant;
    public static String Subscription_columnState;
    public static String Subscription_command;
    public static String Subscription_notStored;
    public static String Secret_title;
    public static String Secret_heading;
    public static String Secret_message;
    public static String Secret_value;
    public static String Secret_keep;
    public static String Secret_notKept;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
