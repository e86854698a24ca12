package org.liftshift.model.navigation;

import java.util.ArrayDeque;
import java.util.Deque;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Readable paths of model objects (estate or design), from the plan down, e.g.
 * {@code Contoso Azure/Contoso Production/rg-ssis-weu/adf-contoso/ir-ssis-weu}: the name of every named
 * ancestor, the property path of a configured value, or the containing feature for other unnamed ones.
 */
public final class ObjectPaths {

    private ObjectPaths() {
    }

    public static String of(EObject object) {
        Deque<String> segments = new ArrayDeque<>();
        for (EObject current = object; current != null && current.eContainer() != null; current = current.eContainer()) {
            segments.addFirst(segment(current));
        }
        return String.join("/", segments);
    }

    /** The object's name, or its type when it has none. */
    public static String label(EObject object) {
        String name = name(object);
        return object.eClass().getName() + (name == null ? "" : " '" + name + "'");
    }

    /**
     * What tells an object from its siblings: its name, or its path for objects named by one (a
     * package's executables); null when it has neither.
     */
    public static String identifier(EObject object) {
        String name = name(object);
        return name != null ? name : attribute(object, "path");
    }

    private static String segment(EObject object) {
        String identifier = identifier(object);
        return identifier != null ? identifier : object.eContainingFeature().getName();
    }

    private static String name(EObject object) {
        return attribute(object, "name");
    }

    private static String attribute(EObject object, String feature) {
        EStructuralFeature attribute = object.eClass().getEStructuralFeature(feature);
        Object value = attribute == null ? null : object.eGet(attribute);
        return value == null ? null : value.toString();
    }
}
