package org.liftshift.cli;

/** Process exit codes shared by every subcommand. */
public final class ExitCodes {

    /** The command did what was asked and found nothing wrong. */
    public static final int OK = 0;
    /** The command ran and found problems (validation errors, failed checks). */
    public static final int PROBLEMS = 1;
    /** The command could not run: unknown subcommand, bad option, unreadable input. */
    public static final int USAGE = 2;

    private ExitCodes() {
    }
}
