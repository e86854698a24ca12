package org.liftshift.azure.deploy;

import java.io.IOException;
import java.util.Map;

import com.azure.json.JsonProviders;
import com.azure.json.JsonReader;

/** Reads one field out of a JSON answer of Azure, for the REST calls made without a management library. */
final class JsonFields {

    private JsonFields() {
    }

    /**
     * The field at {@code path} (object keys, outermost first) as text, or null when absent or when
     * the text is not JSON, e.g. {@code text(body, "error", "message")}.
     */
    static String text(String json, String... path) {
        try (JsonReader reader = JsonProviders.createReader(json)) {
            reader.nextToken();
            Object node = reader.readUntyped();
            for (String key : path) {
                node = node instanceof Map<?, ?> map ? map.get(key) : null;
            }
            return node == null ? null : node.toString();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
