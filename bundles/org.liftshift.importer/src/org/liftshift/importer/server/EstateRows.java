package org.liftshift.importer.server;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The rows of every discovery query that ran; a query that could not run has none. */
public final class EstateRows {

    private final Map<DiscoveryQuery, List<Row>> rows = new EnumMap<>(DiscoveryQuery.class);

    public void put(DiscoveryQuery query, List<Row> result) {
        rows.put(query, List.copyOf(result));
    }

    public List<Row> of(DiscoveryQuery query) {
        return rows.getOrDefault(query, List.of());
    }

    public boolean has(DiscoveryQuery query) {
        return rows.containsKey(query);
    }
}
