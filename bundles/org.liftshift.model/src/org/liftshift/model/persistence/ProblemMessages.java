package org.liftshift.model.persistence;

/**
 * The one shape of every message about a file Liftshift reads: {@code file:line:column: problem. Fix: ...},
 * as compilers write it, so consoles and the Problems view can link to the place.
 */
public final class ProblemMessages {

    private ProblemMessages() {
    }

    /**
     * @param line 1-based, or 0 when the problem has no position
     * @param column 1-based, or 0 when unknown
     * @param fix what to do, or null or empty when there is nothing to say
     */
    public static String format(String file, int line, int column, String problem, String fix) {
        StringBuilder text = new StringBuilder(String.valueOf(file));
        if (line > 0) {
            text.append(':').append(line);
            if (column > 0) {
                text.append(':').append(column);
            }
        }
        text.append(": ").append(problem);
        return fix == null || fix.isEmpty() ? text.toString() : text.append(". Fix: ").append(fix).toString();
    }
}
