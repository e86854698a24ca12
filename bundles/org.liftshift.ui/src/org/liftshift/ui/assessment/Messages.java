package org.liftshift.ui.assessment;

import org.eclipse.osgi.util.NLS;

/** User-facing texts of the assessment package. */
final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.liftshift.ui.assessment.messages"; //$NON-NLS-1$

    public static String Assessment_accept;
    public static String Assessment_acceptCommand;
    public static String Assessment_all;
    public static String Assessment_apply;
    public static String Assessment_designChange;
    public static String Assessment_fix;
    public static String Assessment_found;
    public static String Assessment_jobName;
    public static String Assessment_noChart;
    public static String Assessment_noDesign;
    public static String Assessment_noFindings;
    public static String Assessment_object;
    public static String Assessment_projectFilter;
    public static String Assessment_rule;
    public static String Assessment_ruleFilter;
    public static String Assessment_run;
    public static String Assessment_runCommand;
    public static String Assessment_severity;
    public static String Assessment_severityFilter;
    public static String Assessment_shown;
    public static String Assessment_status;
    public static String Change_join;
    public static String Change_notMapped;
    public static String Change_packageChange;
    public static String Change_runtime;
    public static String Change_scaleOut;
    public static String Change_setup;
    public static String Change_switchCommand;
    public static String Change_switched;
    public static String Change_theRuntime;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
