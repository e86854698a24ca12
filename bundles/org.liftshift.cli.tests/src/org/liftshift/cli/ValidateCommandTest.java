package org.liftshift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liftshift.samples.Samples;
import org.liftshift.validate.DesignRule;

import com.azure.json.JsonProviders;
import com.azure.json.JsonReader;

class ValidateCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void withoutAFileItValidatesTheBundledSampleCleanly() {
        int exit = run("validate");

        assertThat(exit).isEqualTo(ExitCodes.OK);
        assertThat(stdout()).startsWith("contoso.liftshift: 0 errors, 0 warnings (" + DesignRule.values().length
                + " design rules checked)");
    }

    @Test
    void errorsGiveExitCodeOneWithWhatWhyAndWhere() throws IOException {
        Path file = violations();

        int exit = run("validate", file.getFileName().toString());

        assertThat(exit).isEqualTo(ExitCodes.PROBLEMS);
        String text = stdout();
        for (DesignRule rule : DesignRule.values()) {
            assertThat(text).contains("[" + rule.id() + "] ");
        }
        assertThat(text).contains("ERROR [EP-1] ").contains(" Why: ").contains(" Fix: ")
                .contains("    at Contoso Azure/Contoso Production/rg-ssis-finance-neu/adf-contoso-fin-neu/ir-ssis-fin-neu/vnetInjection");
    }

    @Test
    void jsonListsEveryDiagnostic() throws IOException {
        Path file = violations();

        assertThat(run("validate", file.toString(), "--format", "json")).isEqualTo(ExitCodes.PROBLEMS);

        Map<String, Object> report = parse(stdout());
        assertThat(((Number) report.get("errors")).intValue()).isPositive();
        List<Map<String, Object>> diagnostics = list(report.get("diagnostics"));
        Set<String> rules = new TreeSet<>();
        diagnostics.forEach(d -> rules.add((String) d.get("rule")));
        for (DesignRule rule : DesignRule.values()) {
            assertThat(rules).contains(rule.id());
        }
        assertThat(diagnostics).allSatisfy(d -> assertThat(list(d.get("objects"))).isNotEmpty());
    }

    @Test
    void sarifIsVersion210WithRulesAndResults() throws IOException {
        Path file = violations();

        assertThat(run("validate", file.toString(), "--format", "sarif")).isEqualTo(ExitCodes.PROBLEMS);

        Map<String, Object> sarif = parse(stdout());
        assertThat(sarif).containsEntry("version", "2.1.0");
        Map<String, Object> run = list(sarif.get("runs")).get(0);
        @SuppressWarnings("unchecked")
        Map<String, Object> driver = (Map<String, Object>) ((Map<String, Object>) run.get("tool")).get("driver");
        assertThat(driver).containsEntry("name", "Liftshift");
        assertThat(list(driver.get("rules"))).hasSize(DesignRule.values().length);
        List<Map<String, Object>> results = list(run.get("results"));
        assertThat(results).isNotEmpty().allSatisfy(r -> {
            assertThat(r.get("level")).isIn("error", "warning");
            assertThat(list(r.get("locations"))).hasSize(1);
        });
    }

    @Test
    void anUnreadableFileIsExitCodeTwoNamingFileAndLine() throws IOException {
        Path file = dir.resolve("broken.liftshift");
        Files.writeString(file, "<?xml version=\"1.0\"?>\n<plan:MigrationPlan xmlns:plan=\"http://liftshift.org/model/plan/1.0\"\n  name=\"x\">\n  <estate");

        assertThat(run("validate", file.toString())).isEqualTo(ExitCodes.USAGE);

        assertThat(stderr()).startsWith("liftshift validate: " + file + ":").contains("Fix: ");
        assertThat(stdout()).isEmpty();
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertThat(run("validate", "--format", "xml")).isEqualTo(ExitCodes.USAGE);
        assertThat(stderr()).contains("--format cannot be 'xml'; use text, json or sarif");
        assertThat(run("validate", "a.liftshift", "b.liftshift")).isEqualTo(ExitCodes.USAGE);
        assertThat(run("validate", "--strict")).isEqualTo(ExitCodes.USAGE);
    }

    private Path violations() throws IOException {
        Path file = dir.resolve(Samples.CONTOSO_VIOLATIONS.fileName());
        Files.write(file, Samples.CONTOSO_VIOLATIONS.bundledContent());
        return file;
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        CommandContext context = new CommandContext(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), dir);
        return Cli.standard().run(args, context);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> parse(String json) throws IOException {
        try (JsonReader reader = JsonProviders.createReader(json)) {
            reader.nextToken();
            return (Map<String, Object>) reader.readUntyped();
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }
}
