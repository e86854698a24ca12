package org.liftshift.model.persistence;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A migration file could not be read or written. The message names the file, the position when
 * known, what is wrong and what to do, e.g.
 * {@code contoso.liftshift:57:12: the file ends in the middle of an element. Fix: ...}.
 */
public final class MigrationFileException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;
    private final int column;
    private final String problem;
    private final String fix;

    public MigrationFileException(Path file, int line, int column, String problem, String fix, Throwable cause) {
        super(format(file, line, column, problem, fix), cause);
        this.file = file;
        this.line = line;
        this.column = column;
        this.problem = problem;
        this.fix = fix;
    }

    public MigrationFileException(Path file, String problem, String fix) {
        this(file, 0, 0, problem, fix, null);
    }

    public MigrationFileException(Path file, String problem, String fix, Throwable cause) {
        this(file, 0, 0, problem, fix, cause);
    }

    public Path file() {
        return file;
    }

    /** 1-based line, or 0 when the problem has no position. */
    public int line() {
        return line;
    }

    /** 1-based column, or 0 when unknown. */
    public int column() {
        return column;
    }

    public String problem() {
        return problem;
    }

    public String fix() {
        return fix;
    }

    private static String format(Path file, int line, int column, String problem, String fix) {
        return ProblemMessages.format(String.valueOf(file), line, column, problem, fix);
    }
}
