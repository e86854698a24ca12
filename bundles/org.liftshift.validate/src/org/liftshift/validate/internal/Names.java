package org.liftshift.validate.internal;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/** How objects are named in messages: their {@code name}, quoted, or their type. */
final class Names {

    private Names() {
    }

    static String of(EObject object) {
        if (object == null) {
            return "(none)";
        }
        EStructuralFeature name = object.eClass().getEStructuralFeature("name");
        Object value = name == null ? null : object.eGet(name);
        return value == null ? object.eClass().getName() : "'" + value + "'";
    }
}
