package org.liftshift.generate.internal.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.azure.json.JsonProviders;
import com.azure.json.JsonReader;
import org.liftshift.testing.SharedMaterial;

/**
 * Checks parsed T-SQL against the msdb and SSISDB procedure reference: every named argument of a
 * known procedure is one of its parameters.
 */
public final class ProcedureContract {

    static final String TABLE = "reference/sql/sql-reference-extract.json";

    private final Map<String, Object> procedures;

    private ProcedureContract(Map<String, Object> procedures) {
        this.procedures = procedures;
    }

    @SuppressWarnings("unchecked")
    public static ProcedureContract load() throws IOException {
        Path table = SharedMaterial.file(TABLE);
        try (JsonReader reader = JsonProviders.createReader(Files.readAllBytes(table))) {
            reader.nextToken();
            return new ProcedureContract((Map<String, Object>) ((Map<String, Object>) reader.readUntyped()).get("procedures"));
        }
    }

    /** The procedures of the reference that the script calls, by their short name. */
    @SuppressWarnings("unchecked")
    public List<String> knownProceduresCalled(Map<String, Object> parsedScript) {
        List<String> called = new ArrayList<>();
        for (Map<String, Object> execution : (List<Map<String, Object>>) parsedScript.get("executions")) {
            String name = shortName((String) execution.get("procedure"));
            if (procedures.containsKey(name)) {
                called.add(name);
            }
        }
        return called;
    }

    @SuppressWarnings("unchecked")
    public List<String> violations(Map<String, Object> parsedScript) {
        List<String> violations = new ArrayList<>();
        for (Map<String, Object> execution : (List<Map<String, Object>>) parsedScript.get("executions")) {
            String name = shortName((String) execution.get("procedure"));
            Map<String, Object> procedure = (Map<String, Object>) procedures.get(name);
            if (procedure == null) {
                continue;
            }
            List<String> parameters = (List<String>) procedure.get("parameters_in_syntax_order");
            for (Map<String, Object> argument : (List<Map<String, Object>>) execution.get("arguments")) {
                String parameter = ((String) argument.get("name")).replaceFirst("^@", "").toLowerCase(Locale.ROOT);
                if (!parameters.contains(parameter)) {
                    violations.add("line " + execution.get("line") + ": " + name + " has no parameter @" + parameter);
                }
            }
        }
        return violations;
    }

    private static String shortName(String procedure) {
        if (procedure == null) {
            return "";
        }
        String[] parts = procedure.split("\\.");
        return parts[parts.length - 1].replace("[", "").replace("]", "").toLowerCase(Locale.ROOT);
    }
}
