package org.liftshift.model.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.liftshift.model.navigation.ObjectPaths;

/**
 * Finds text values that a migration file (XML 1.0) cannot hold: control characters other than tab and
 * line breaks, U+FFFE and U+FFFF, and lone surrogates. They come from pasted or imported names; saving
 * them would fail deep in the XML writer with a message that names neither the object nor the fix.
 */
final class UnwritableCharacters {

    private UnwritableCharacters() {
    }

    /** Where such characters are below {@code root}: the object's path, the feature and the character's code. */
    static List<String> find(EObject root) {
        List<String> found = new ArrayList<>();
        check(root, found);
        for (TreeIterator<EObject> it = root.eAllContents(); it.hasNext();) {
            check(it.next(), found);
        }
        return found;
    }

    private static void check(EObject object, List<String> found) {
        for (EAttribute attribute : object.eClass().getEAllAttributes()) {
            if (attribute.isTransient() || attribute.getEAttributeType().getInstanceClass() != String.class) {
                continue;
            }
            Object value = object.eGet(attribute);
            Collection<?> values = value instanceof Collection<?> many ? many : value == null ? List.of() : List.of(value);
            for (Object text : values) {
                int bad = firstUnwritable((String) text);
                if (bad >= 0) {
                    String path = ObjectPaths.of(object);
                    found.add((path.isEmpty() ? object.eClass().getName() : path) + " ." + attribute.getName()
                            + String.format(Locale.ROOT, " (U+%04X)", bad));
                }
            }
        }
    }

    /** The first code point XML 1.0 cannot carry, or -1. */
    static int firstUnwritable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF || Character.isSurrogate(c)) {
                return c;
            }
        }
        return -1;
    }
}
