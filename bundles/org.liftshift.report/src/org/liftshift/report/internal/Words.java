package org.liftshift.report.internal;

import java.util.Locale;

import org.eclipse.emf.common.util.Enumerator;

/** Values as words a customer reads. */
public final class Words {

    private Words() {
    }

    /** {@code FAILOVER_GROUP_LISTENER} as "failover group listener". */
    public static String of(Enumerator value) {
        return value == null ? "not set" : value.getName().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    public static String count(long n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }

    public static String orDash(String value) {
        return value == null || value.isBlank() ? "–" : value;
    }
}
