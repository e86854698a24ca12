package org.liftshift.generate.internal.tsql;

import java.util.ArrayList;
import java.util.List;

/**
 * The sqlcmd variables a script reads secret job-step values from, numbered in script order, each
 * with what it is for, so the script's header can tell the operator what to pass.
 */
final class JobSecrets {

    static final String PREFIX = "JobSecret";

    private final List<String> purposes = new ArrayList<>();

    /** A new variable for the value {@code purpose} describes. */
    String add(String purpose) {
        purposes.add(purpose);
        return PREFIX + purposes.size();
    }

    boolean isEmpty() {
        return purposes.isEmpty();
    }

    /** Header lines: how to pass the values, then one line per variable. */
    List<String> notes() {
        List<String> notes = new ArrayList<>();
        notes.add("Secret step values are never in this file: pass them as sqlcmd -v " + PREFIX + "1=\"...\" (in SSMS");
        notes.add("SQLCMD mode, :setvar lines). sqlcmd pastes them as text, so they must not contain a single quote.");
        for (int i = 0; i < purposes.size(); i++) {
            notes.add(PREFIX + (i + 1) + ": " + purposes.get(i));
        }
        return notes;
    }
}
