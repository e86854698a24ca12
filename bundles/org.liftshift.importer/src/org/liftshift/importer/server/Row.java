package org.liftshift.importer.server;

import java.util.Locale;
import java.util.Map;

/**
 * One row of a discovery query, from a live result set or a collected JSON document: columns by
 * lower-case name, values coerced the same way from either source.
 */
public record Row(Map<String, Object> values) {

    public String string(String column) {
        Object value = values.get(column);
        return value == null ? null : value.toString();
    }

    /** A key value (ids, GUIDs), compared case-insensitively. */
    public String key(String column) {
        String value = string(column);
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }

    public int integer(String column, int absent) {
        Object value = values.get(column);
        if (value instanceof Number number) {
            return number.intValue();
        }
        if (value instanceof Boolean bool) {
            return bool ? 1 : 0;
        }
        try {
            return value == null ? absent : Integer.parseInt(value.toString().trim());
        } catch (NumberFormatException e) {
            return absent;
        }
    }

    public long longValue(String column, long absent) {
        Object value = values.get(column);
        if (value instanceof Number number) {
            return number.longValue();
        }
        try {
            return value == null ? absent : Long.parseLong(value.toString().trim());
        } catch (NumberFormatException e) {
            return absent;
        }
    }

    public boolean bool(String column) {
        Object value = values.get(column);
        if (value instanceof Boolean bool) {
            return bool;
        }
        if (value instanceof Number number) {
            return number.intValue() != 0;
        }
        return value != null && (value.toString().equalsIgnoreCase("true") || value.toString().equals("1"));
    }
}
