package org.liftshift.cli.internal;

import org.eclipse.osgi.util.NLS;

/** User-facing texts of the command line. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.liftshift.cli.internal.messages"; //$NON-NLS-1$

    public static String Diff_formatMissing;
    public static String Diff_formatUnknown;
    public static String Diff_optionUnknown;
    public static String Diff_summary;
    public static String Diff_twoFiles;
    public static String Diff_usage;
    public static String Diff_writeFailed;
    public static String Cli_unknownSubcommand;
    public static String Cli_valueMissing;
    public static String Cli_valueUnknown;
    public static String Cli_optionUnknown;
    public static String Cli_tooManyFiles;
    public static String Help_header;
    public static String Help_footer;
    public static String Help_unknownTopic;
    public static String Help_usage;
    public static String Help_summary;
    public static String Version_usage;
    public static String Version_summary;
    public static String Version_unexpectedArgument;
    public static String Validate_summary;
    public static String Validate_usage;
    public static String Deploy_summary;
    public static String Deploy_usage;
    public static String Deploy_noConsole;
    public static String Deploy_secretPrompt;
    public static String Deploy_designHasErrors;
    public static String Deploy_nothingToDo;
    public static String Deploy_planned;
    public static String Deploy_done;
    public static String Deploy_cancelled;
    public static String Drift_summary;
    public static String Drift_usage;
    public static String Drift_none;
    public static String Drift_found;
    public static String Azure_failed;
    public static String Azure_subscriptionAmbiguous;
    public static String Azure_subscriptionChosen;
    public static String Azure_subscriptionStored;
    public static String Azure_sampleNotStored;
    public static String Report_summary;
    public static String Report_usage;
    public static String Report_writeFailed;
    public static String Report_written;
    public static String Generate_summary;
    public static String Generate_usage;
    public static String Generate_designHasErrors;
    public static String Generate_writeFailed;
    public static String Generate_written;
    public static String Import_summary;
    public static String Import_usage;
    public static String Import_valueMissing;
    public static String Import_optionUnknown;
    public static String Import_inputsMissing;
    public static String Import_mergeOrReplace;
    public static String Import_outputExists;
    public static String Import_cancelled;
    public static String Import_written;
    public static String Assess_summary;
    public static String Assess_usage;
    public static String Assess_saveNeedsFile;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
