package org.liftshift.cli.internal;

import java.io.IOException;
import java.util.List;

import com.azure.json.JsonWriter;

/** The parts of a SARIF 2.1.0 log that every Liftshift report writes the same way. */
final class Sarif {

    /** A rule of the tool's driver. */
    record Rule(String id, String name, String title, String description, String help) {
    }

    private Sarif() {
    }

    /** Opens the log, its one run and the tool with its rules, and opens the results array. */
    static void begin(JsonWriter json, List<Rule> rules) throws IOException {
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
        for (Rule rule : rules) {
            json.writeStartObject();
            json.writeStringField("id", rule.id());
            json.writeStringField("name", rule.name());
            text(json, "shortDescription", rule.title());
            text(json, "fullDescription", rule.description());
            text(json, "help", rule.help());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
        json.writeStartArray("results");
    }

    /** Closes what {@link #begin} opened. */
    static void end(JsonWriter json) throws IOException {
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
    }

    /** The location of a result: the file, and the model objects as logical locations. */
    static void locations(JsonWriter json, String file, List<String> paths, List<String> labels) throws IOException {
        json.writeStartArray("locations");
        json.writeStartObject();
        json.writeStartObject("physicalLocation");
        json.writeStartObject("artifactLocation");
        json.writeStringField("uri", file);
        json.writeEndObject();
        json.writeEndObject();
        json.writeStartArray("logicalLocations");
        for (int i = 0; i < paths.size(); i++) {
            json.writeStartObject();
            json.writeStringField("fullyQualifiedName", paths.get(i));
            json.writeStringField("name", labels.get(i));
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndArray();
    }

    static void text(JsonWriter json, String field, String text) throws IOException {
        json.writeStartObject(field);
        json.writeStringField("text", text);
        json.writeEndObject();
    }
}
