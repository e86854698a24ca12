package org.liftshift.model.connections;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Reads the key/value pairs of ADO.NET, OLE DB and ODBC connection strings. */
public final class ConnectionStringPairs {

    private ConnectionStringPairs() {
    }

    /** Key/value pairs with lower-case keys; values may be quoted with " or ' as ADO and OLE DB allow. */
    public static Map<String, String> parse(String connectionString) {
        Map<String, String> pairs = new LinkedHashMap<>();
        int i = 0;
        int n = connectionString.length();
        while (i < n) {
            int equals = connectionString.indexOf('=', i);
            if (equals < 0) {
                break;
            }
            String key = connectionString.substring(i, equals).trim().toLowerCase(Locale.ROOT);
            int start = equals + 1;
            while (start < n && connectionString.charAt(start) == ' ') {
                start++;
            }
            String value;
            int next;
            if (start < n && (connectionString.charAt(start) == '"' || connectionString.charAt(start) == '\'')) {
                char quote = connectionString.charAt(start);
                int end = connectionString.indexOf(quote, start + 1);
                end = end < 0 ? n : end;
                value = connectionString.substring(start + 1, end);
                int semicolon = connectionString.indexOf(';', end);
                next = semicolon < 0 ? n : semicolon + 1;
            } else {
                int semicolon = connectionString.indexOf(';', start);
                int end = semicolon < 0 ? n : semicolon;
                value = connectionString.substring(start, end).trim();
                next = end + 1;
            }
            if (!key.isEmpty()) {
                pairs.put(key, value);
            }
            i = next;
        }
        return pairs;
    }


    /** The first non-empty value of {@code keys} (lower case) in {@code pairs}, or null. */
    public static String first(Map<String, String> pairs, String... keys) {
        for (String key : keys) {
            String value = pairs.get(key);
            if (value != null && !value.isEmpty()) {
                return value;
            }
        }
        return null;
    }
}
