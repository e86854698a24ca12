package org.liftshift.model.compare;

import java.util.List;

/**
 * One difference between two versions of a migration design.
 *
 * @param kind what happened to the object or value
 * @param path where, as {@link org.liftshift.model.navigation.ObjectPaths} writes it (the old path for a
 *            removed object, the new one otherwise)
 * @param type the object's type, e.g. {@code Subnet}
 * @param feature the changed feature; null for an added or removed object
 * @param oldValue the value before, as text; null when added
 * @param newValue the value after, as text; null when removed
 */
public record PlanChange(Kind kind, String path, String type, String feature, String oldValue, String newValue) {

    /** What a change is. */
    public enum Kind {
        /** An object that only the new design has. */
        ADDED,
        /** An object that only the old design has. */
        REMOVED,
        /** A value of an object that both designs have. */
        CHANGED
    }

    public static long count(List<PlanChange> changes, Kind kind) {
        return changes.stream().filter(c -> c.kind() == kind).count();
    }

    /** E.g. "2 added, 0 removed, 5 changed", or "no changes". */
    public static String summary(List<PlanChange> changes) {
        return changes.isEmpty() ? "no changes"
                : count(changes, Kind.ADDED) + " added, " + count(changes, Kind.REMOVED) + " removed, " + count(changes, Kind.CHANGED)
                        + " changed";
    }
}
