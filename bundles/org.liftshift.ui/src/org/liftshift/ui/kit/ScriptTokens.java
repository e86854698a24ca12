package org.liftshift.ui.kit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a PowerShell or T-SQL script into the spans a preview colours: comments, strings, keywords,
 * commands (PowerShell cmdlets), parameters and variables. A lexer, not a parser: it needs no valid
 * script and never fails, so a half-written or hostile file still previews.
 */
public final class ScriptTokens {

    /** What a span is. */
    public enum Kind {
        COMMENT, STRING, KEYWORD, COMMAND, PARAMETER, VARIABLE
    }

    /** A coloured span of the text. */
    public record Token(Kind kind, int start, int length) {
    }

    /** The scripting language of a kit file, from its name. */
    public enum Language {
        POWERSHELL, TSQL, PLAIN;

        public static Language of(String fileName) {
            String name = fileName.toLowerCase(Locale.ROOT);
            if (name.endsWith(".ps1") || name.endsWith(".psm1")) { //$NON-NLS-1$ //$NON-NLS-2$
                return POWERSHELL;
            }
            return name.endsWith(".sql") ? TSQL : PLAIN; //$NON-NLS-1$
        }
    }

    private static final Set<String> POWERSHELL_KEYWORDS = Set.of("begin", "break", "catch", "continue", "do", "else", "elseif", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
            "end", "exit", "finally", "for", "foreach", "function", "if", "in", "param", "process", "return", "switch", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$
            "throw", "trap", "try", "until", "while"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

    private static final Set<String> TSQL_KEYWORDS = Set.of("add", "alter", "and", "as", "begin", "by", "case", "catch", "commit", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
            "create", "declare", "delete", "drop", "else", "end", "exec", "execute", "exists", "from", "go", "if", "in", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$
            "insert", "into", "is", "join", "key", "master", "not", "null", "on", "or", "output", "print", "raiserror", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$
            "return", "rollback", "select", "set", "then", "throw", "tran", "transaction", "try", "update", "use", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$
            "values", "when", "where", "while", "with"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

    private final String text;
    private final List<Token> tokens = new ArrayList<>();
    private int pos;

    private ScriptTokens(String text) {
        this.text = text;
    }

    /** The coloured spans of {@code text}, in order and not overlapping; none for {@link Language#PLAIN}. */
    public static List<Token> of(String text, Language language) {
        ScriptTokens lexer = new ScriptTokens(text);
        switch (language) {
            case POWERSHELL -> lexer.powerShell();
            case TSQL -> lexer.tsql();
            default -> {
                // markdown, JSON and HTML are shown as they are
            }
        }
        return List.copyOf(lexer.tokens);
    }

    private void powerShell() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (startsWith("<#")) { //$NON-NLS-1$
                until(Kind.COMMENT, "#>"); //$NON-NLS-1$
            } else if (c == '#') {
                lineEnd(Kind.COMMENT);
            } else if (startsWith("@'") || startsWith("@\"")) { //$NON-NLS-1$ //$NON-NLS-2$
                until(Kind.STRING, "\n" + text.charAt(pos + 1) + "@"); //$NON-NLS-1$ //$NON-NLS-2$
            } else if (c == '\'') {
                quoted(Kind.STRING, '\'', '\0');
            } else if (c == '"') {
                quoted(Kind.STRING, '"', '`');
            } else if (c == '$' && pos + 1 < text.length() && text.charAt(pos + 1) == '{') {
                until(Kind.VARIABLE, "}"); //$NON-NLS-1$
            } else if (c == '$') {
                word(Kind.VARIABLE, 1);
            } else if (c == '-' && pos + 1 < text.length() && Character.isLetter(text.charAt(pos + 1)) && !wordBefore()) {
                word(Kind.PARAMETER, 1);
            } else if (Character.isLetter(c) && !wordBefore()) {
                int end = wordEnd(pos);
                String word = text.substring(pos, end);
                if (POWERSHELL_KEYWORDS.contains(word.toLowerCase(Locale.ROOT))) {
                    add(Kind.KEYWORD, pos, end);
                } else if (word.indexOf('-') > 0 && !word.endsWith("-")) { //$NON-NLS-1$
                    add(Kind.COMMAND, pos, end);
                }
                pos = end;
            } else {
                pos++;
            }
        }
    }

    private void tsql() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (startsWith("--")) { //$NON-NLS-1$
                lineEnd(Kind.COMMENT);
            } else if (startsWith("/*")) { //$NON-NLS-1$
                until(Kind.COMMENT, "*/"); //$NON-NLS-1$
            } else if (c == '\'' || (c == 'N' || c == 'n') && pos + 1 < text.length() && text.charAt(pos + 1) == '\'' && !wordBefore()) {
                int start = pos;
                pos = c == '\'' ? pos : pos + 1;
                quoted(Kind.STRING, '\'', '\0');
                tokens.set(tokens.size() - 1, new Token(Kind.STRING, start, pos - start));
            } else if (c == '[') {
                skipBracketed();
            } else if (c == '"') {
                quoted(null, '"', '\0');
            } else if (c == '@') {
                word(Kind.VARIABLE, 1);
            } else if (startsWith("$(")) { //$NON-NLS-1$
                until(Kind.VARIABLE, ")"); //$NON-NLS-1$
            } else if ((Character.isLetter(c) || c == '_') && !wordBefore()) {
                int end = sqlWordEnd(pos);
                if (TSQL_KEYWORDS.contains(text.substring(pos, end).toLowerCase(Locale.ROOT))) {
                    add(Kind.KEYWORD, pos, end);
                }
                pos = end;
            } else {
                pos++;
            }
        }
    }

    private boolean startsWith(String prefix) {
        return text.startsWith(prefix, pos);
    }

    private boolean wordBefore() {
        return pos > 0 && (Character.isLetterOrDigit(text.charAt(pos - 1)) || text.charAt(pos - 1) == '_');
    }

    private void lineEnd(Kind kind) {
        int end = text.indexOf('\n', pos);
        end = end < 0 ? text.length() : end;
        add(kind, pos, end);
        pos = end;
    }

    private void until(Kind kind, String terminator) {
        int end = text.indexOf(terminator, pos + 2);
        end = end < 0 ? text.length() : end + terminator.length();
        add(kind, pos, end);
        pos = end;
    }

    /** A quoted span where the quote doubled, or preceded by {@code escape}, does not end it. */
    private void quoted(Kind kind, char quote, char escape) {
        int start = pos++;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (escape != '\0' && c == escape) {
                pos += 2;
            } else if (c == quote && pos + 1 < text.length() && text.charAt(pos + 1) == quote) {
                pos += 2;
            } else if (c == quote) {
                pos++;
                break;
            } else {
                pos++;
            }
        }
        pos = Math.min(pos, text.length());
        if (kind != null) {
            add(kind, start, pos);
        }
    }

    private void skipBracketed() {
        pos++;
        while (pos < text.length()) {
            if (text.charAt(pos) == ']') {
                if (pos + 1 < text.length() && text.charAt(pos + 1) == ']') {
                    pos += 2;
                    continue;
                }
                pos++;
                return;
            }
            pos++;
        }
    }

    private void word(Kind kind, int prefix) {
        int end = wordEnd(pos + prefix);
        add(kind, pos, Math.max(end, pos + prefix));
        pos = Math.max(end, pos + prefix);
    }

    /** End of a PowerShell word: letters, digits, underscores, colons (scopes) and inner dashes (cmdlet names). */
    private int wordEnd(int from) {
        int end = from;
        while (end < text.length()) {
            char c = text.charAt(end);
            if (Character.isLetterOrDigit(c) || c == '_' || c == ':' && end > from) {
                end++;
            } else if (c == '-' && end > from && end + 1 < text.length() && Character.isLetter(text.charAt(end + 1))) {
                end++;
            } else {
                break;
            }
        }
        return end;
    }

    private int sqlWordEnd(int from) {
        int end = from;
        while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
            end++;
        }
        return end;
    }

    private void add(Kind kind, int start, int end) {
        if (end > start) {
            tokens.add(new Token(kind, start, end - start));
        }
    }
}
