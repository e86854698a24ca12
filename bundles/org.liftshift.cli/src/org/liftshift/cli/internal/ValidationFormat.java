package org.liftshift.cli.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import com.azure.json.JsonProviders;
import com.azure.json.JsonWriter;

import org.liftshift.validate.DesignRule;

/** How {@code liftshift validate} prints its report. */
enum ValidationFormat {
    TEXT {
        @Override
        void print(ValidationReport report, PrintStream out) {
            out.println(report.file() + ": " + report.count(org.eclipse.emf.common.util.Diagnostic.ERROR) + " errors, "
                    + report.count(org.eclipse.emf.common.util.Diagnostic.WARNING) + " warnings ("
                    + DesignRule.values().length + " design rules checked)");
            for (ValidationReport.Entry entry : report.entries()) {
                out.println();
                out.println(entry.level().toUpperCase(Locale.ROOT) + " " + entry.message());
                for (String path : entry.paths()) {
                    out.println("    at " + path);
                }
            }
        }
    },
    JSON {
        @Override
        void print(ValidationReport report, PrintStream out) throws IOException {
            try (JsonWriter json = JsonProviders.createWriter((OutputStream) out)) {
                json.writeStartObject();
                json.writeStringField("file", report.file());
                json.writeLongField("errors", report.count(org.eclipse.emf.common.util.Diagnostic.ERROR));
                json.writeLongField("warnings", report.count(org.eclipse.emf.common.util.Diagnostic.WARNING));
                json.writeStartArray("diagnostics");
                for (ValidationReport.Entry entry : report.entries()) {
                    json.writeStartObject();
                    json.writeStringField("rule", entry.ruleId());
                    if (entry.rule() != null) {
                        json.writeIntField("code", entry.rule().code());
                        json.writeStringField("title", entry.rule().title());
                    }
                    json.writeStringField("severity", entry.level());
                    json.writeStringField("message", entry.message());
                    json.writeStartArray("objects");
                    for (int i = 0; i < entry.paths().size(); i++) {
                        json.writeStartObject();
                        json.writeStringField("path", entry.paths().get(i));
                        json.writeStringField("label", entry.labels().get(i));
                        json.writeEndObject();
                    }
                    json.writeEndArray();
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            out.println();
        }
    },
    SARIF {
        @Override
        void print(ValidationReport report, PrintStream out) throws IOException {
            Set<DesignRule> rules = EnumSet.allOf(DesignRule.class);
            try (JsonWriter json = JsonProviders.createWriter((OutputStream) out)) {
                json.writeStartObject();
                json.writeStringField("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
                json.writeStringField("version", "2.1.0");
                json.writeStartArray("runs");
                json.writeStartObject();
                json.writeStartObject("tool");
                json.writeStartObject("driver");
                json.writeStringField("name", "Liftshift");
                json.writeStringField("semanticVersion", VersionCommand.productVersion().replaceFirst("^(\\d+\\.\\d+\\.\\d+).*", "$1"));
                json.writeStartArray("rules");
                for (DesignRule rule : rules) {
                    json.writeStartObject();
                    json.writeStringField("id", rule.id());
                    json.writeStringField("name", rule.name());
                    text(json, "shortDescription", rule.title());
                    text(json, "fullDescription", rule.rationale());
                    text(json, "help", rule.fix());
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeEndObject();
                json.writeEndObject();
                json.writeStartArray("results");
                for (ValidationReport.Entry entry : report.entries()) {
                    json.writeStartObject();
                    json.writeStringField("ruleId", entry.ruleId());
                    json.writeStringField("level", entry.level());
                    text(json, "message", entry.message());
                    json.writeStartArray("locations");
                    json.writeStartObject();
                    json.writeStartObject("physicalLocation");
                    json.writeStartObject("artifactLocation");
                    json.writeStringField("uri", report.file());
                    json.writeEndObject();
                    json.writeEndObject();
                    json.writeStartArray("logicalLocations");
                    for (int i = 0; i < entry.paths().size(); i++) {
                        json.writeStartObject();
                        json.writeStringField("fullyQualifiedName", entry.paths().get(i));
                        json.writeStringField("name", entry.labels().get(i));
                        json.writeEndObject();
                    }
                    json.writeEndArray();
                    json.writeEndObject();
                    json.writeEndArray();
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeEndObject();
                json.writeEndArray();
                json.writeEndObject();
            }
            out.println();
        }

        private void text(JsonWriter json, String field, String text) throws IOException {
            json.writeStartObject(field);
            json.writeStringField("text", text);
            json.writeEndObject();
        }
    };

    abstract void print(ValidationReport report, PrintStream out) throws IOException;
}
