package org.liftshift.generate.internal.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.azure.json.JsonProviders;
import com.azure.json.JsonReader;
import org.liftshift.testing.SharedMaterial;

/**
 * Checks parsed PowerShell commands against the Az cmdlet reference: every {@code Verb-Az*} cmdlet
 * exists, every parameter exists, and the parameters of one call share a parameter set.
 */
public final class CmdletContract {

    static final String TABLE = "reference/cmdlets/az-cmdlets-azps-16.2.0.json";
    private static final Pattern AZ_CMDLET = Pattern.compile("^[A-Z][a-z]+-Az[A-Za-z0-9]+$");
    private static final Set<String> COMMON = Set.of("verbose", "debug", "erroraction", "warningaction",
            "informationaction", "progressaction", "errorvariable", "warningvariable", "informationvariable",
            "outvariable", "outbuffer", "pipelinevariable");

    private final Map<String, Object> cmdlets;

    @SuppressWarnings("unchecked")
    private CmdletContract(Map<String, Object> cmdlets) {
        this.cmdlets = cmdlets;
    }

    @SuppressWarnings("unchecked")
    public static CmdletContract load() throws IOException {
        Path table = SharedMaterial.file(TABLE);
        try (JsonReader reader = JsonProviders.createReader(Files.readAllBytes(table))) {
            reader.nextToken();
            Map<String, Object> root = (Map<String, Object>) reader.readUntyped();
            return new CmdletContract((Map<String, Object>) root.get("cmdlets"));
        }
    }

    /** The violations in one parsed script (see ScriptParsers.powershell). */
    @SuppressWarnings("unchecked")
    public List<String> violations(Map<String, Object> parsedScript) {
        List<String> violations = new ArrayList<>();
        for (Map<String, Object> command : (List<Map<String, Object>>) parsedScript.get("commands")) {
            String name = (String) command.get("name");
            if (name == null || !AZ_CMDLET.matcher(name).matches()) {
                continue;
            }
            Map<String, Object> cmdlet = (Map<String, Object>) cmdlets.get(name);
            Object line = command.get("line");
            if (cmdlet == null) {
                violations.add("line " + line + ": no cmdlet " + name + " in Az 16.2.0");
                continue;
            }
            Map<String, Object> parameters = (Map<String, Object>) cmdlet.get("parameters");
            Set<String> sets = null;
            for (Map<String, Object> element : (List<Map<String, Object>>) command.get("elements")) {
                if (!"parameter".equals(element.get("kind"))) {
                    continue;
                }
                String parameter = (String) element.get("name");
                if (COMMON.contains(parameter.toLowerCase(Locale.ROOT))) {
                    continue;
                }
                Map<String, Object> definition = find(parameters, parameter);
                if (definition == null) {
                    violations.add("line " + line + ": " + name + " has no parameter -" + parameter);
                    continue;
                }
                List<String> memberOf = (List<String>) definition.get("sets");
                if (memberOf.contains("(All)")) {
                    continue;
                }
                if (sets == null) {
                    sets = new HashSet<>(memberOf);
                } else {
                    sets.retainAll(memberOf);
                }
                if (sets.isEmpty()) {
                    violations.add("line " + line + ": the parameters of " + name + " up to -" + parameter
                            + " belong to no common parameter set");
                    break;
                }
            }
        }
        return violations;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> find(Map<String, Object> parameters, String name) {
        for (var entry : parameters.entrySet()) {
            if (entry.getKey().equalsIgnoreCase(name)) {
                return (Map<String, Object>) entry.getValue();
            }
        }
        return null;
    }
}
