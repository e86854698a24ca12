package org.liftshift.model.compare;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.liftshift.model.navigation.ObjectPaths;

/**
 * The differences between two versions of a design: objects added and removed, and every attribute
 * and reference of the objects both have that changed, in the order of the new design.
 * <p>
 * Objects are matched top-down, inside matched containers and the same containment feature: first
 * by their XMI id (stable across saves, so a renamed object is a change of its name, not a removal
 * and an addition), then by type and name, then, for a single-valued containment, by type. A
 * reference changes when its target is not the counterpart of the old target. Transient and derived
 * features are not compared; secrets are references to a vault, never values, so none is printed.
 */
public final class PlanDiff {

    private final Map<EObject, EObject> newForOld = new IdentityHashMap<>();
    private final List<PlanChange> changes = new ArrayList<>();

    private PlanDiff() {
    }

    /** The changes from {@code oldRoot} to {@code newRoot}, two versions of one design. */
    public static List<PlanChange> between(EObject oldRoot, EObject newRoot) {
        if (oldRoot.eClass() != newRoot.eClass()) {
            throw new IllegalArgumentException("Cannot compare a " + oldRoot.eClass().getName() + " with a " //$NON-NLS-1$ //$NON-NLS-2$
                    + newRoot.eClass().getName());
        }
        PlanDiff diff = new PlanDiff();
        diff.match(oldRoot, newRoot);
        diff.compare(oldRoot, newRoot);
        return List.copyOf(diff.changes);
    }

    private void match(EObject oldObject, EObject newObject) {
        newForOld.put(oldObject, newObject);
        for (EReference containment : oldObject.eClass().getEAllContainments()) {
            if (containment.isTransient() || containment.isDerived()) {
                continue;
            }
            List<EObject> olds = contents(oldObject, containment);
            List<EObject> news = contents(newObject, containment);
            Map<EObject, EObject> pairs = pair(olds, news, !containment.isMany());
            pairs.forEach(this::match);
        }
    }

    /** Pairs children by id, then by type and name, then (single-valued) by type. */
    private static Map<EObject, EObject> pair(List<EObject> olds, List<EObject> news, boolean single) {
        Map<EObject, EObject> pairs = new IdentityHashMap<>();
        List<EObject> freeNews = new ArrayList<>(news);
        Map<String, EObject> newById = new HashMap<>();
        for (EObject n : news) {
            String id = id(n);
            if (id != null) {
                newById.putIfAbsent(id, n);
            }
        }
        List<EObject> unmatched = new ArrayList<>();
        for (EObject o : olds) {
            EObject n = id(o) == null ? null : newById.get(id(o));
            if (n != null && n.eClass() == o.eClass() && freeNews.remove(n)) {
                pairs.put(o, n);
            } else {
                unmatched.add(o);
            }
        }
        // ids first for every child, so that a name never takes an object that another child's id claims
        for (EObject o : unmatched) {
            String key = ObjectPaths.identifier(o);
            EObject n = key == null ? null
                    : freeNews.stream().filter(c -> c.eClass() == o.eClass() && key.equals(ObjectPaths.identifier(c))).findFirst()
                            .orElse(null);
            if (n == null && single && freeNews.size() == 1 && freeNews.get(0).eClass() == o.eClass()) {
                n = freeNews.get(0);
            }
            if (n != null) {
                freeNews.remove(n);
                pairs.put(o, n);
            }
        }
        return pairs;
    }

    private void compare(EObject oldObject, EObject newObject) {
        for (EStructuralFeature feature : newObject.eClass().getEAllStructuralFeatures()) {
            if (feature.isTransient() || feature.isDerived()) {
                continue;
            }
            if (feature instanceof EAttribute attribute) {
                compareValues(oldObject, newObject, attribute);
            } else if (feature instanceof EReference reference && !reference.isContainment() && !reference.isContainer()) {
                compareReferences(oldObject, newObject, reference);
            }
        }
        for (EReference containment : newObject.eClass().getEAllContainments()) {
            if (containment.isTransient() || containment.isDerived()) {
                continue;
            }
            Map<EObject, EObject> oldForNew = new IdentityHashMap<>();
            for (EObject o : contents(oldObject, containment)) {
                EObject n = newForOld.get(o);
                if (n == null) {
                    removed(o);
                } else {
                    oldForNew.put(n, o);
                }
            }
            for (EObject n : contents(newObject, containment)) {
                EObject o = oldForNew.get(n);
                if (o == null) {
                    added(n);
                } else {
                    compare(o, n);
                }
            }
        }
    }

    private void compareValues(EObject oldObject, EObject newObject, EAttribute attribute) {
        // the effective values: a node count left at its default of 2 and one set to 4 are "2" and "4"
        String before = text(oldObject.eGet(attribute));
        String after = text(newObject.eGet(attribute));
        if (!Objects.equals(before, after)) {
            changes.add(new PlanChange(PlanChange.Kind.CHANGED, ObjectPaths.of(newObject), newObject.eClass().getName(),
                    attribute.getName(), before, after));
        }
    }

    private void compareReferences(EObject oldObject, EObject newObject, EReference reference) {
        List<EObject> before = targets(oldObject, reference);
        List<EObject> after = targets(newObject, reference);
        boolean same = before.size() == after.size();
        for (int i = 0; same && i < before.size(); i++) {
            same = sameTarget(before.get(i), after.get(i));
        }
        if (!same) {
            changes.add(new PlanChange(PlanChange.Kind.CHANGED, ObjectPaths.of(newObject), newObject.eClass().getName(),
                    reference.getName(), paths(before), paths(after)));
        }
    }

    /** The old target's counterpart; for a target outside the designs (an unresolved proxy), the same URI. */
    private boolean sameTarget(EObject before, EObject after) {
        EObject counterpart = newForOld.get(before);
        if (counterpart != null) {
            return counterpart == after;
        }
        return before.eIsProxy() && after.eIsProxy() && EcoreUtil.getURI(before).equals(EcoreUtil.getURI(after));
    }

    private void added(EObject object) {
        changes.add(new PlanChange(PlanChange.Kind.ADDED, ObjectPaths.of(object), object.eClass().getName(), null, null,
                ObjectPaths.label(object)));
    }

    private void removed(EObject object) {
        changes.add(new PlanChange(PlanChange.Kind.REMOVED, ObjectPaths.of(object), object.eClass().getName(), null,
                ObjectPaths.label(object), null));
    }

    @SuppressWarnings("unchecked")
    private static List<EObject> contents(EObject object, EReference containment) {
        Object value = object.eGet(containment);
        if (value == null) {
            return List.of();
        }
        return containment.isMany() ? List.copyOf((Collection<EObject>) value) : List.of((EObject) value);
    }

    @SuppressWarnings("unchecked")
    private static List<EObject> targets(EObject object, EReference reference) {
        Object value = object.eGet(reference, false);
        if (value == null) {
            return List.of();
        }
        return reference.isMany() ? List.copyOf((Collection<EObject>) value) : List.of((EObject) value);
    }

    private static String paths(List<EObject> targets) {
        if (targets.isEmpty()) {
            return null;
        }
        List<String> paths = new ArrayList<>();
        for (EObject target : targets) {
            paths.add(target.eIsProxy() ? EcoreUtil.getURI(target).toString() : ObjectPaths.of(target));
        }
        return String.join(", ", paths); //$NON-NLS-1$
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Collection<?> values) {
            return values.isEmpty() ? null : String.join(", ", values.stream().map(String::valueOf).toList()); //$NON-NLS-1$
        }
        return value.toString();
    }

    private static String id(EObject object) {
        return object.eResource() instanceof XMLResource resource ? resource.getID(object) : null;
    }
}
