package org.liftshift.ui.report;

import org.eclipse.osgi.util.NLS;

/** Texts of the review report command. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.liftshift.ui.report.messages"; //$NON-NLS-1$

    public static String Report_title;
    public static String Report_noDesign;
    public static String Report_saveFirst;
    public static String Report_jobName;
    public static String Report_lastReview;
    public static String Report_written;
    public static String Report_writeFailed;
    public static String Report_readingAzure;
    public static String Report_azureFailed;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
