package org.liftshift.testing.scripts;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.liftshift.testing.SharedMaterial;

/** Reading the parse results of {@link ScriptParsers} in tests. */
public final class ParsedScripts {

    private ParsedScripts() {
    }

    public static Map<String, Object> powershell(Path file) throws Exception {
        return ScriptParsers.powershell(file).get(0);
    }

    public static Map<String, Object> tsql(Path file) throws Exception {
        return ScriptParsers.tsql(file).get(0);
    }

    /** Parses many files in one run of the grammar: one result per file, in order. */
    public static List<Map<String, Object>> powershell(List<Path> files) throws Exception {
        return ScriptParsers.powershell(files.toArray(Path[]::new));
    }

    /** Parses many files in one run of the grammar: one result per file, in order. */
    public static List<Map<String, Object>> tsql(List<Path> files) throws Exception {
        return ScriptParsers.tsql(files.toArray(Path[]::new));
    }

    /** ARM templates checked against the Data Factory deployment-template schema: one result per template. */
    public static List<Map<String, Object>> armTemplates(List<Path> templates) throws Exception {
        Path schema = SharedMaterial.file(
                "reference/arm/azure-resource-manager-schemas/Microsoft.DataFactory.2018-06-01.deploymentTemplate-schema.json");
        return ScriptParsers.arm(schema, templates.toArray(Path[]::new));
    }

    /** The EXECs of a procedure (matched on the last part of its name). */
    public static List<Map<String, Object>> executions(Map<String, Object> parsed, String procedure) {
        return list(parsed.get("executions")).stream()
                .filter(e -> String.valueOf(e.get("procedure")).toLowerCase(java.util.Locale.ROOT).endsWith(procedure)).toList();
    }

    /** The evaluated value, or else the text, of a named EXEC argument. */
    public static Object argument(Map<String, Object> execution, String name) {
        for (Map<String, Object> argument : list(execution.get("arguments"))) {
            if (name.equalsIgnoreCase((String) argument.get("name"))) {
                return argument.get("value") != null ? argument.get("value") : argument.get("text");
            }
        }
        return null;
    }

    /**
     * The argument's value with every part that is not a constant string written as «its T-SQL»,
     * e.g. a value looked up when the script runs.
     */
    public static String template(Map<String, Object> execution, String name) {
        for (Map<String, Object> argument : list(execution.get("arguments"))) {
            if (name.equalsIgnoreCase((String) argument.get("name"))) {
                return (String) argument.get("template");
            }
        }
        return null;
    }

    /** The positional (unnamed) arguments of an EXEC, evaluated, in order; null where one is not a constant. */
    public static List<Object> positional(Map<String, Object> execution) {
        List<Object> values = new ArrayList<>();
        for (Map<String, Object> argument : list(execution.get("arguments"))) {
            if (argument.get("name") == null) {
                values.add(argument.get("value"));
            }
        }
        return values;
    }

    /** The kind of every statement of a T-SQL file, nested ones too, e.g. {@code dml_clause/select_statement_standalone}. */
    public static List<String> statementKinds(Map<String, Object> parsed) {
        return list(parsed.get("statements")).stream().map(s -> (String) s.get("kind")).toList();
    }

    public static List<Map<String, Object>> errors(Map<String, Object> parsed) {
        return list(parsed.get("errors"));
    }

    public static List<String> commandNames(Map<String, Object> parsed) {
        return list(parsed.get("commands")).stream().map(c -> (String) c.get("name")).toList();
    }

    public static List<Map<String, Object>> commands(Map<String, Object> parsed, String name) {
        return list(parsed.get("commands")).stream().filter(c -> name.equals(c.get("name"))).toList();
    }

    public static List<String> parameters(Map<String, Object> command) {
        List<String> names = new ArrayList<>();
        for (Map<String, Object> element : list(command.get("elements"))) {
            if ("parameter".equals(element.get("kind"))) {
                names.add((String) element.get("name"));
            }
        }
        return names;
    }

    /** The string value that follows {@code -parameter}, or null. */
    public static Object value(Map<String, Object> command, String parameter) {
        List<Map<String, Object>> elements = list(command.get("elements"));
        for (int i = 0; i + 1 < elements.size(); i++) {
            if ("parameter".equals(elements.get(i).get("kind")) && parameter.equals(elements.get(i).get("name"))) {
                return elements.get(i + 1).get("value");
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }
}
