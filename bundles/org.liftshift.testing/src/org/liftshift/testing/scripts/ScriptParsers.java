package org.liftshift.testing.scripts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.azure.json.JsonProviders;
import com.azure.json.JsonReader;

/**
 * Runs the real script grammars (releng/org.liftshift.scriptcheck: tree-sitter PowerShell, ANTLR
 * T-SQL) on files and returns what they found. A missing Node.js or checker install fails the test
 * with the fix, never skips it.
 */
public final class ScriptParsers {

    private ScriptParsers() {
    }

    /** Per file: {@code errors}, {@code commands} (name, elements), {@code strings}. */
    public static List<Map<String, Object>> powershell(Path... files) throws IOException, InterruptedException {
        return run("parse-powershell.mjs", files);
    }

    /** Per file: {@code errors}, {@code executions} (procedure, arguments), {@code identifiers}. */
    public static List<Map<String, Object>> tsql(Path... files) throws IOException, InterruptedException {
        return run("parse-tsql.cjs", files);
    }

    /** Per template: {@code errors} (path, message) against the ARM schema file. */
    public static List<Map<String, Object>> arm(Path schema, Path... templates) throws IOException, InterruptedException {
        Path[] arguments = new Path[templates.length + 1];
        arguments[0] = schema;
        System.arraycopy(templates, 0, arguments, 1, templates.length);
        return run("check-arm.cjs", arguments);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> run(String script, Path... files) throws IOException, InterruptedException {
        Path checkers = Path.of(System.getProperty("liftshift.scriptcheck", "../../releng/org.liftshift.scriptcheck"));
        if (!Files.isDirectory(checkers.resolve("node_modules"))) {
            throw new AssertionError("The script checkers are not installed in " + checkers
                    + ": run ./mvnw -pl releng/org.liftshift.scriptcheck generate-resources (needs Node.js 18+)");
        }
        List<String> command = new ArrayList<>(List.of("node", checkers.resolve(script).toString()));
        for (Path file : files) {
            command.add(file.toAbsolutePath().toString());
        }
        Process process;
        try {
            process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        } catch (IOException e) {
            throw new AssertionError("Node.js is not on the PATH; the script checks need Node.js 18 or newer", e);
        }
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new AssertionError(script + " failed: " + new String(output, StandardCharsets.UTF_8));
        }
        try (JsonReader reader = JsonProviders.createReader(output)) {
            reader.nextToken();
            return (List<Map<String, Object>>) reader.readUntyped();
        }
    }
}
