package org.liftshift.generate.internal.text;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What sqlcmd (and SSMS in SQLCMD mode) does to a script before SQL Server sees it: runs the
 * {@code :} commands at the start of a line and replaces {@code $(name)} with the variable's value.
 * Tests use it so that the T-SQL grammar parses exactly the text the server would receive.
 */
public final class Sqlcmd {

    /** Values a DBA would pass with sqlcmd -v to run the kit; the kit itself never contains them. */
    public static final Map<String, String> KIT_VARIABLES = Map.of("DmkPassword", "Pl@nted-DMK-Passw0rd", "MiNode",
            "DB123.tr123456.west-us.worker.database.windows.net", "MiHadrPort", "11002", "JobSecret1", "Pl@nted job secret");

    private static final Pattern VARIABLE = Pattern.compile("\\$\\(([A-Za-z_][A-Za-z0-9_]*)\\)");

    private Sqlcmd() {
    }

    /**
     * @param variables the values passed with {@code -v}
     * @throws AssertionError for a variable without a value, as sqlcmd refuses to run then
     */
    public static String preprocess(String script, Map<String, String> variables) {
        StringBuilder out = new StringBuilder();
        for (String line : script.split("\n", -1)) {
            String trimmed = line.stripLeading();
            if (trimmed.startsWith(":")) {
                if (!trimmed.matches("(?i):on error exit\\s*")) {
                    throw new AssertionError("sqlcmd command the kit should not need: " + trimmed);
                }
                out.append('\n');
                continue;
            }
            Matcher matcher = VARIABLE.matcher(line);
            StringBuilder replaced = new StringBuilder();
            while (matcher.find()) {
                String value = variables.get(matcher.group(1));
                if (value == null) {
                    throw new AssertionError("'" + matcher.group(1) + "' scripting variable not defined.");
                }
                matcher.appendReplacement(replaced, Matcher.quoteReplacement(value));
            }
            matcher.appendTail(replaced);
            out.append(replaced).append('\n');
        }
        return out.substring(0, out.length() - 1);
    }
}
