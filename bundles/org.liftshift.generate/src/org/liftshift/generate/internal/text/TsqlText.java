package org.liftshift.generate.internal.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Customer names as T-SQL that runs the same in SSMS and in sqlcmd.
 * <p>
 * String values become {@code N'...'} literals with {@code '} doubled. Two things sqlcmd does to a
 * script before SQL Server sees it are kept out of reach: it replaces {@code $(name)} anywhere in
 * the text, and it ends a batch at any line that is just {@code GO}, even inside a literal. So a
 * {@code $(} is split across two literals, and line breaks and other control characters are
 * written as {@code NCHAR(n)} instead of raw characters: no customer text ever starts a line.
 * Such an expression is not allowed as an EXEC argument; pass it through a variable
 * ({@link #declare}).
 */
public final class TsqlText {

    private TsqlText() {
    }

    /** {@code value} as an nvarchar expression that evaluates exactly to it. */
    public static String literal(String value) {
        List<String> parts = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c)) {
                endLiteral(parts, text);
                parts.add("NCHAR(" + (int) c + ")");
            } else {
                text.append(c == '\'' ? "''" : String.valueOf(c));
                if (c == '$' && i + 1 < value.length() && value.charAt(i + 1) == '(') {
                    endLiteral(parts, text);
                }
            }
        }
        endLiteral(parts, text);
        return parts.isEmpty() ? "N''" : String.join(" + ", parts);
    }

    private static void endLiteral(List<String> parts, StringBuilder text) {
        if (!text.isEmpty()) {
            parts.add("N'" + text + "'");
            text.setLength(0);
        }
    }

    /** {@code DECLARE @name nvarchar(max) = <value>;} for passing a value to a procedure. */
    public static String declare(String variable, String value) {
        return "DECLARE " + checkedVariable(variable) + " nvarchar(max) = " + literal(value) + ";";
    }

    /** {@code SET @name = <value>;} for a variable declared earlier in the batch. */
    public static String assign(String variable, String value) {
        return "SET " + checkedVariable(variable) + " = " + literal(value) + ";";
    }

    private static String checkedVariable(String variable) {
        if (!variable.matches("@[A-Za-z_][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("Not a T-SQL variable name: " + variable);
        }
        return variable;
    }

    /**
     * {@code name} as a bracketed identifier. Identifiers cannot be built from pieces, so names that
     * sqlcmd would rewrite or split ({@code $(} or a control character) are refused with the reason.
     */
    public static String identifier(String name) {
        if (name.isEmpty()) {
            throw new IllegalArgumentException("An identifier cannot be empty");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isISOControl(c)) {
                throw new IllegalArgumentException("The name '" + name.replaceAll("\\p{Cntrl}", "?")
                        + "' contains a control character, which cannot appear in a scripted identifier; rename it");
            }
        }
        if (name.contains("$(")) {
            throw new IllegalArgumentException("The name '" + name
                    + "' contains $(, which sqlcmd would replace as a variable; rename it");
        }
        return '[' + name.replace("]", "]]") + ']';
    }
}
