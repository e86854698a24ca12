package org.liftshift.importer;

import java.io.IOException;

import org.liftshift.model.persistence.ProblemMessages;

/**
 * A file Liftshift cannot import, with where and why and what to do about it. The message reads
 * {@code file:line:column: problem. Fix: what to do}, as compilers report errors, so consoles and
 * the Problems view can link to the place.
 */
public final class ImportException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final int column;
    private final String problem;
    private final String fix;
    private final boolean warning;

    /** @param line 1-based, or 0 when the problem is the file as a whole */
    public ImportException(String file, int line, int column, String problem, String fix) {
        this(file, line, column, problem, fix, false);
    }

    private ImportException(String file, int line, int column, String problem, String fix, boolean warning) {
        super(format(file, line, column, problem, fix));
        this.warning = warning;
        this.file = file;
        this.line = line;
        this.column = column;
        this.problem = problem;
        this.fix = fix;
    }

    /** Something missing that the import could do without, such as a package a project lists but does not ship. */
    public static ImportException warning(String file, String problem, String fix) {
        return new ImportException(file, 0, 0, problem, fix, true);
    }

    public boolean isWarning() {
        return warning;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    public String problem() {
        return problem;
    }

    public String fix() {
        return fix;
    }

    /** A file that could not be opened or read to the end. */
    public static ImportException unreadable(String file, IOException cause) {
        return new ImportException(file, 0, 0, "the file cannot be read (" + cause.getMessage() + ")",
                "check that it exists and that Liftshift may read it");
    }

    private static String format(String file, int line, int column, String problem, String fix) {
        return ProblemMessages.format(file, line, column, problem, fix);
    }
}
