package org.liftshift.ui.internal;

import org.eclipse.osgi.util.NLS;

/** User-facing texts of the workbench shell. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.liftshift.ui.internal.messages"; //$NON-NLS-1$

    public static String Window_title;
    public static String Menu_file;
    public static String Menu_edit;
    public static String Menu_window;
    public static String Menu_showView;
    public static String Menu_help;
    public static String Workbench_saveWorkspaceFailed;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
