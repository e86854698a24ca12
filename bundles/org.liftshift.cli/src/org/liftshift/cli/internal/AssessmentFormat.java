package org.liftshift.cli.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.azure.json.JsonProviders;
import com.azure.json.JsonWriter;

import org.liftshift.assess.PackageRule;
import org.liftshift.model.navigation.ObjectPaths;
import org.liftshift.model.plan.AssessmentFinding;
import org.liftshift.model.plan.FindingStatus;
import org.liftshift.model.plan.Severity;

/** How {@code liftshift assess} prints its findings. */
enum AssessmentFormat {
    TEXT {
        @Override
        void print(String file, List<AssessmentFinding> findings, PrintStream out) {
            out.println(file + ": " + count(findings, Severity.ERROR) + " errors, " + count(findings, Severity.WARNING) + " warnings, "
                    + count(findings, Severity.INFO) + " notes (" + PackageRule.values().length + " assessment rules checked)");
            for (AssessmentFinding finding : findings) {
                PackageRule rule = PackageRule.byId(finding.getRuleId()).orElseThrow();
                out.println();
                out.println(level(finding).toUpperCase(Locale.ROOT) + " [" + rule.id() + "] " + rule.title()
                        + (finding.getStatus() == FindingStatus.OPEN ? "" : " (" + finding.getStatus().getLiteral().toLowerCase(Locale.ROOT) + ")"));
                out.println("    at     " + finding.getObjectPath());
                out.println("    found  " + finding.getEvidence());
                out.println("    why    " + rule.rationale());
                out.println("    fix    " + finding.getRecommendation());
                out.println("    design change: " + finding.getSuggestedChange().getLiteral());
            }
        }
    },
    JSON {
        @Override
        void print(String file, List<AssessmentFinding> findings, PrintStream out) throws IOException {
            try (JsonWriter json = JsonProviders.createWriter((OutputStream) out)) {
                json.writeStartObject();
                json.writeStringField("file", file);
                json.writeLongField("errors", count(findings, Severity.ERROR));
                json.writeLongField("warnings", count(findings, Severity.WARNING));
                json.writeLongField("notes", count(findings, Severity.INFO));
                json.writeStartArray("findings");
                for (AssessmentFinding finding : findings) {
                    PackageRule rule = PackageRule.byId(finding.getRuleId()).orElseThrow();
                    json.writeStartObject();
                    json.writeStringField("rule", rule.id());
                    json.writeStringField("title", rule.title());
                    json.writeStringField("severity", level(finding));
                    json.writeStringField("status", finding.getStatus().getLiteral());
                    json.writeStringField("path", finding.getObjectPath());
                    json.writeStringField("evidence", finding.getEvidence());
                    json.writeStringField("recommendation", finding.getRecommendation());
                    json.writeStringField("designChange", finding.getSuggestedChange().getLiteral());
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
        void print(String file, List<AssessmentFinding> findings, PrintStream out) throws IOException {
            List<Sarif.Rule> rules = Arrays.stream(PackageRule.values())
                    .map(rule -> new Sarif.Rule(rule.id(), rule.name(), rule.title(), rule.rationale(), rule.recommendation())).toList();
            try (JsonWriter json = JsonProviders.createWriter((OutputStream) out)) {
                Sarif.begin(json, rules);
                for (AssessmentFinding finding : findings) {
                    PackageRule rule = PackageRule.byId(finding.getRuleId()).orElseThrow();
                    json.writeStartObject();
                    json.writeStringField("ruleId", rule.id());
                    json.writeStringField("level", level(finding));
                    Sarif.text(json, "message", rule.title() + ": " + finding.getEvidence());
                    Sarif.locations(json, file, List.of(finding.getObjectPath()),
                            List.of(finding.getSubject() == null ? finding.getObjectPath() : ObjectPaths.label(finding.getSubject())));
                    if (finding.getStatus() == FindingStatus.ACCEPTED || finding.getStatus() == FindingStatus.WONT_FIX) {
                        // the architect's decision, recorded in the plan, suppresses the result in code-scanning tools
                        json.writeStartArray("suppressions");
                        json.writeStartObject();
                        json.writeStringField("kind", "external");
                        json.writeStringField("status", "accepted");
                        json.writeStringField("justification", finding.getStatus().getLiteral());
                        json.writeEndObject();
                        json.writeEndArray();
                    }
                    json.writeStartObject("properties");
                    json.writeStringField("designChange", finding.getSuggestedChange().getLiteral());
                    json.writeStringField("recommendation", finding.getRecommendation());
                    json.writeEndObject();
                    json.writeEndObject();
                }
                Sarif.end(json);
            }
            out.println();
        }
    };

    abstract void print(String file, List<AssessmentFinding> findings, PrintStream out) throws IOException;

    static long count(List<AssessmentFinding> findings, Severity severity) {
        return findings.stream().filter(f -> f.getSeverity() == severity).count();
    }

    /** The SARIF level of a finding: error, warning or note. */
    static String level(AssessmentFinding finding) {
        return finding.getSeverity() == Severity.ERROR ? "error" : finding.getSeverity() == Severity.WARNING ? "warning" : "note";
    }
}
