package org.liftshift.generate.internal.text;

/**
 * Customer names as PowerShell values. Every value goes into a single-quoted (verbatim) string, in
 * which nothing is interpreted: no {@code $} expansion, no backtick escapes, no sub-expressions.
 * PowerShell also accepts the typographic quotes U+2018 to U+201B as single quotes, so each of
 * them is doubled like {@code '} is; a newline needs no escape in a verbatim string.
 */
public final class PowerShellText {

    private PowerShellText() {
    }

    /** {@code value} as a single-quoted PowerShell string literal that reads back exactly. */
    public static String quote(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('\'');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (isSingleQuote(c)) {
                out.append(c);
            }
            out.append(c);
        }
        return out.append('\'').toString();
    }

    /**
     * {@code value} quoted for a {@code #} comment line: a line break would end the comment and
     * make the rest of the name code, so control characters are shown as spaces.
     */
    public static String commentQuote(String value) {
        return quote(value.replaceAll("\\p{Cntrl}", " "));
    }

    static boolean isSingleQuote(char c) {
        return c == '\'' || c == '\u2018' || c == '\u2019' || c == '\u201A' || c == '\u201B';
    }
}
