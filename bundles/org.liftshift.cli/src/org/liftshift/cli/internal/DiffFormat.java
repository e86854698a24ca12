package org.liftshift.cli.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

import com.azure.json.JsonProviders;
import com.azure.json.JsonWriter;

import org.liftshift.model.compare.PlanChange;
import org.liftshift.report.PlanChangesHtml;

/** How {@code liftshift diff} prints the changes between two designs. */
enum DiffFormat {
    TEXT {
        @Override
        void print(String oldFile, String newFile, List<PlanChange> changes, PrintStream out) {
            out.println(oldFile + " -> " + newFile + ": " + PlanChange.summary(changes));
            for (PlanChange change : changes) {
                switch (change.kind()) {
                    case ADDED -> out.println("+ " + change.path() + "  (" + change.newValue() + ")");
                    case REMOVED -> out.println("- " + change.path() + "  (" + change.oldValue() + ")");
                    case CHANGED -> out.println("~ " + change.path() + " ." + change.feature() + ": " + shown(change.oldValue())
                            + " -> " + shown(change.newValue()));
                }
            }
        }

        private static String shown(String value) {
            return value == null ? "(not set)" : '"' + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
        }
    },
    JSON {
        @Override
        void print(String oldFile, String newFile, List<PlanChange> changes, PrintStream out) throws IOException {
            try (JsonWriter json = JsonProviders.createWriter((OutputStream) out)) {
                json.writeStartObject();
                json.writeStringField("old", oldFile);
                json.writeStringField("new", newFile);
                json.writeIntField("added", count(changes, PlanChange.Kind.ADDED));
                json.writeIntField("removed", count(changes, PlanChange.Kind.REMOVED));
                json.writeIntField("changed", count(changes, PlanChange.Kind.CHANGED));
                json.writeStartArray("changes");
                for (PlanChange change : changes) {
                    json.writeStartObject();
                    json.writeStringField("kind", change.kind().name().toLowerCase(Locale.ROOT));
                    json.writeStringField("path", change.path());
                    json.writeStringField("type", change.type());
                    if (change.feature() != null) {
                        json.writeStringField("feature", change.feature());
                    }
                    json.writeStringField("old", change.oldValue());
                    json.writeStringField("new", change.newValue());
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            out.println();
        }
    },
    HTML {
        @Override
        void print(String oldFile, String newFile, List<PlanChange> changes, PrintStream out) {
            out.println(PlanChangesHtml.page(oldFile, newFile, changes));
        }
    };

    abstract void print(String oldFile, String newFile, List<PlanChange> changes, PrintStream out) throws IOException;

    static int count(List<PlanChange> changes, PlanChange.Kind kind) {
        return (int) PlanChange.count(changes, kind);
    }
}
