package org.liftshift.model.navigation;

import java.util.ArrayDeque;
import java.util.Deque;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Readable paths of model objects (estate or design), from the plan down, e.g.
 * {@code Contoso Azure/Contoso Production/rg-ssis-weu/adf-contoso/ir-ssis-weu}: the name of every named
 * ancestor, or the containing feature for unnamed ones.
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

    private static String segment(EObject object) {
        String name = name(object);
        return name != null ? name : object.eContainingFeature().getName();
    }

    private static String name(EObject object) {
        EStructuralFeature name = object.eClass().getEStructuralFeature("name");
        Object value = name == null ? null : object.eGet(name);
        return value == null ? null : value.toString();
    }
}
