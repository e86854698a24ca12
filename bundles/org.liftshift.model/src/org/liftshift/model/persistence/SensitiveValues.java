package org.liftshift.model.persistence;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.liftshift.model.estate.EnvironmentVariable;
import org.liftshift.model.estate.Parameter;

/**
 * Finds values that must never reach a file: the values of sensitive parameters and environment
 * variables. Secrets of the design itself are {@code SecretReference}s and carry no value at all.
 */
final class SensitiveValues {

    private SensitiveValues() {
    }

    /** Descriptions of every sensitive object below {@code root} that carries a value. */
    static List<String> find(EObject root) {
        List<String> found = new ArrayList<>();
        for (TreeIterator<EObject> it = root.eAllContents(); it.hasNext();) {
            EObject object = it.next();
            if (object instanceof Parameter parameter && parameter.isSensitive() && hasText(parameter.getValue())) {
                found.add("parameter " + parameter.getName());
            } else if (object instanceof EnvironmentVariable variable && variable.isSensitive()
                    && hasText(variable.getValue())) {
                found.add("environment variable " + variable.getName());
            }
        }
        return found;
    }

    private static boolean hasText(String value) {
        return value != null && !value.isEmpty();
    }
}
