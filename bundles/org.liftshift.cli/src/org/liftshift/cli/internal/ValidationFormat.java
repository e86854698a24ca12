package org.liftshift.cli.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.azure.json.JsonProviders;
import com.azure.json.JsonWriter;

import org.liftshift.validate.DesignRule;
import org.liftshift.validate.ValidationReport;

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
            List<Sarif.Rule> rules = Arrays.stream(DesignRule.values())
                    .map(rule -> new Sarif.Rule(rule.id(), rule.name(), rule.title(), rule.rationale(), rule.fix())).toList();
            try (JsonWriter json = JsonProviders.createWriter((OutputStream) out)) {
                Sarif.begin(json, rules);
                for (ValidationReport.Entry entry : report.entries()) {
                    json.writeStartObject();
                    json.writeStringField("ruleId", entry.ruleId());
                    json.writeStringField("level", entry.level());
                    Sarif.text(json, "message", entry.message());
                    Sarif.locations(json, report.file(), entry.paths(), entry.labels());
                    json.writeEndObject();
                }
                Sarif.end(json);
            }
            out.println();
        }
    };

    abstract void print(ValidationReport report, PrintStream out) throws IOException;
}
