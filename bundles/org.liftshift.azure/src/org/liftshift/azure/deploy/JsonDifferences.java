package org.liftshift.azure.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.azure.json.JsonProviders;
import com.azure.json.JsonReader;

/**
 * Where a resource in Azure differs from the design: every value the design sets that Azure has
 * otherwise, by its JSON path. Values only Azure has (state, ids, timestamps) are not differences;
 * secrets are not compared, since Azure does not return them as they were sent: SecureStrings, and
 * the custom setup container's SAS URI, which the SDK models as a plain string.
 */
public final class JsonDifferences {

    /** One difference: the JSON path, the design's value and Azure's (null where Azure has none). */
    public record Difference(String path, Object design, Object azure) {
        @Override
        public String toString() {
            return path + ": design " + design + ", Azure " + (azure == null ? "(not set)" : azure);
        }
    }

    /** Fields that hold a secret although the SDK models them as plain strings. */
    private static final java.util.Set<String> SECRET_FIELDS = java.util.Set.of("blobContainerUri", "sasToken", "sasUri");

    private JsonDifferences() {
    }

    public static List<Difference> between(String designJson, String azureJson) {
        List<Difference> differences = new ArrayList<>();
        compare("", read(designJson), read(azureJson), differences);
        return differences;
    }

    private static void compare(String path, Object design, Object azure, List<Difference> out) {
        if (design instanceof Map<?, ?> designMap) {
            if ("SecureString".equals(designMap.get("type"))) {
                return;
            }
            if (!(azure instanceof Map<?, ?> azureMap)) {
                out.add(new Difference(path.isEmpty() ? "/" : path, design, azure));
                return;
            }
            for (Map.Entry<?, ?> entry : designMap.entrySet()) {
                if (!SECRET_FIELDS.contains(entry.getKey())) {
                    compare(path + "/" + entry.getKey(), entry.getValue(), azureMap.get(entry.getKey()), out);
                }
            }
        } else if (design instanceof List<?> designList) {
            if (!(azure instanceof List<?> azureList) || azureList.size() != designList.size()) {
                out.add(new Difference(path, design, azure));
                return;
            }
            for (int i = 0; i < designList.size(); i++) {
                compare(path + "/" + i, designList.get(i), azureList.get(i), out);
            }
        } else if (design != null && !same(design, azure)) {
            out.add(new Difference(path, design, azure));
        }
    }

    /** Numbers compare by value (2 and 2.0); resource ids and enum strings without regard to case, as Azure treats them. */
    private static boolean same(Object design, Object azure) {
        if (design instanceof Number a && azure instanceof Number b) {
            return a.doubleValue() == b.doubleValue();
        }
        if (design instanceof String a && azure instanceof String b) {
            return a.equalsIgnoreCase(b);
        }
        return Objects.equals(design, azure);
    }

    private static Object read(String json) {
        try (JsonReader reader = JsonProviders.createReader(json)) {
            reader.nextToken();
            return reader.readUntyped();
        } catch (IOException e) {
            throw new UncheckedIOException("Not JSON: " + e.getMessage(), e);
        }
    }
}
