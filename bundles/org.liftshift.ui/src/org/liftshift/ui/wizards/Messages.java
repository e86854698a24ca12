package org.liftshift.ui.wizards;

import org.eclipse.osgi.util.NLS;

/** User-facing texts of the wizards. */
final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.liftshift.ui.wizards.messages"; //$NON-NLS-1$

    public static String ImportFiles_addFiles;
    public static String ImportFiles_addFolder;
    public static String ImportFiles_design;
    public static String ImportFiles_missingSource;
    public static String ImportFiles_noSources;
    public static String ImportFiles_pageDescription;
    public static String ImportFiles_pageTitle;
    public static String ImportFiles_title;
    public static String ImportFiles_typePath;
    public static String ImportJob_done;
    public static String ImportJob_doneWithProblems;
    public static String ImportJob_files;
    public static String ImportJob_name;
    public static String ImportJob_nothingImported;
    public static String Import_dirtyEditor;
    public static String Import_noDesign;
    public static String Import_noProject;
    public static String Import_notADesign;
    public static String NewProject_createFailed;
    public static String NewProject_creating;
    public static String NewProject_empty;
    public static String NewProject_exists;
    public static String NewProject_name;
    public static String NewProject_noName;
    public static String NewProject_openFailed;
    public static String NewProject_pageDescription;
    public static String NewProject_pageTitle;
    public static String NewProject_sample;
    public static String NewProject_startFrom;
    public static String NewProject_title;
    public static String Server_badPort;
    public static String Server_cancelled;
    public static String Server_connected;
    public static String Server_connecting;
    public static String Server_design;
    public static String Server_modeEntraDefault;
    public static String Server_modeEntraInteractive;
    public static String Server_modeEntraManagedIdentity;
    public static String Server_modeEntraPassword;
    public static String Server_modeSql;
    public static String Server_modeWindows;
    public static String Server_noLogin;
    public static String Server_noServer;
    public static String Server_pageDescription;
    public static String Server_pageTitle;
    public static String Server_password;
    public static String Server_remember;
    public static String Server_server;
    public static String Server_test;
    public static String Server_title;
    public static String Server_trust;
    public static String Server_unreachable;
    public static String Server_what;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
