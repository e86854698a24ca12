package org.liftshift.importer.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Status;
import org.liftshift.importer.EstateImport;
import org.liftshift.importer.ImportException;
import org.liftshift.model.estate.Estate;
import org.liftshift.model.estate.EstateFactory;
import org.liftshift.model.estate.SqlServerInstance;

import com.azure.json.JsonProviders;
import com.azure.json.JsonReader;
import com.azure.json.JsonToken;

/**
 * Imports the document the collector script writes ({@link Collector}): one JSON object with the
 * rows of each {@link DiscoveryQuery} under its key, assembled exactly as a live import.
 */
public final class CollectedImport {

    /** The member that marks a Liftshift collection, with the collector's format version. */
    public static final String FORMAT = "liftshift_collection";

    private CollectedImport() {
    }

    public static boolean isCollection(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    public static EstateImport.Result importFile(Path file) {
        MultiStatus status = new MultiStatus(EstateImport.PLUGIN_ID, 0, "Import of " + file, null);
        Estate estate = EstateFactory.eINSTANCE.createEstate();
        estate.setName(file.getFileName().toString());
        try (InputStream in = Files.newInputStream(file); JsonReader json = JsonProviders.createReader(in)) {
            EstateRows rows = read(json, file.toString());
            for (DiscoveryQuery query : DiscoveryQuery.values()) {
                if (!rows.has(query) && query.database() == DiscoveryQuery.Database.MSDB) {
                    status.add(Status.warning(file + ": the collection has no '" + query.key() + "'; the collector could not read it"));
                }
            }
            SqlServerInstance instance = InstanceAssembler.assemble(rows, file.getFileName().toString(), status);
            estate.setName(instance.getName());
            estate.getInstances().add(instance);
        } catch (ImportException e) {
            status.add(Status.error(e.getMessage(), e));
        } catch (IOException | IllegalStateException e) {
            status.add(Status.error(new ImportException(file.toString(), 0, 0, "the file is not a Liftshift collection (" + e.getMessage()
                    + ")", "run liftshift-collect.sql again and save its whole output as UTF-8").getMessage(), e));
        }
        return new EstateImport.Result(estate, status);
    }

    private static EstateRows read(JsonReader json, String file) throws IOException, ImportException {
        if (json.nextToken() != JsonToken.START_OBJECT) {
            throw notACollection(file);
        }
        Map<String, DiscoveryQuery> byKey = new LinkedHashMap<>();
        for (DiscoveryQuery query : DiscoveryQuery.values()) {
            byKey.put(query.key(), query);
        }
        EstateRows rows = new EstateRows();
        boolean marked = false;
        while (json.nextToken() != JsonToken.END_OBJECT) {
            String name = json.getFieldName();
            json.nextToken();
            DiscoveryQuery query = byKey.get(name);
            if (name.equals(FORMAT)) {
                marked = true;
                json.skipChildren();
            } else if (query != null && json.currentToken() == JsonToken.START_ARRAY) {
                rows.put(query, rows(json));
            } else {
                json.skipChildren();
            }
        }
        if (!marked) {
            throw notACollection(file);
        }
        return rows;
    }

    @SuppressWarnings("unchecked")
    private static List<Row> rows(JsonReader json) throws IOException {
        List<Row> rows = new ArrayList<>();
        for (Object element : (List<Object>) json.readUntyped()) {
            if (element instanceof Map<?, ?> map) {
                Map<String, Object> values = new LinkedHashMap<>();
                map.forEach((key, value) -> values.put(key.toString().toLowerCase(Locale.ROOT), value));
                rows.add(new Row(values));
            }
        }
        return rows;
    }

    private static ImportException notACollection(String file) {
        return new ImportException(file, 1, 1, "the file is JSON but not a Liftshift collection (no '" + FORMAT + "' member)",
                "run liftshift-collect.sql (liftshift import --collector) and save its output");
    }
}
