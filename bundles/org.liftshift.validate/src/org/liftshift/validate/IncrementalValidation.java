package org.liftshift.validate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.liftshift.model.plan.MigrationPlan;
import org.liftshift.validate.internal.EstateIndex;
import org.liftshift.validate.internal.PlanValidator;

/**
 * The validation of a plan kept up to date as it is edited, for editors that show diagnostics while
 * the architect types. The first validation is full; after that {@link #update()} checks EMF's
 * constraints again only on the objects that changed since (and on everything added), reusing the
 * results of the rest, and runs the design rules, which look across the whole design, again in full
 * (reusing the index of the estate while the edit left the estate alone).
 * A containment removal or replacement validates everything again, because what referred to the
 * removed objects is not notified. The diagnostics are always those a full validation would give.
 */
public final class IncrementalValidation {

    private final MigrationPlan plan;
    private final DesignValidation validation = DesignValidation.withDesignRules();
    // a context per pass: EMF records the first object validated in it as the root of containment checks
    private Map<Object, Object> context;
    private final Map<EObject, List<Diagnostic>> constraints = new LinkedHashMap<>();
    private List<Diagnostic> rules = List.of();
    private EstateIndex estateIndex;
    private final Set<EObject> changed = new LinkedHashSet<>();
    private boolean structural;
    // what the estate index lists changes only when objects are added or removed, not when they are edited
    private boolean contentsAdded;
    private final EContentAdapter recorder = new EContentAdapter() {
        @Override
        public void notifyChanged(Notification notification) {
            super.notifyChanged(notification);
            record(notification);
        }
    };

    /** Validates the plan in full and follows its changes from now on. */
    public IncrementalValidation(MigrationPlan plan) {
        this.plan = plan;
        validateAll();
        plan.eAdapters().add(recorder);
    }

    /** Validates what changed since the last update (or everything, after a removal). */
    public void update() {
        if (structural) {
            validateAll();
        } else {
            context = validation.diagnostician().createDefaultContext();
            for (EObject object : changed) {
                if (object == plan || EcoreUtil.isAncestor(plan, object)) {
                    validateOne(object);
                }
            }
            if (contentsAdded) {
                estateIndex = new EstateIndex(plan.getEstate());
            }
            rules = designRules();
        }
        changed.clear();
        structural = false;
        contentsAdded = false;
    }

    /** The diagnostics of the last update, leaves only: EMF constraints in model order, then the design rules. */
    public List<Diagnostic> diagnostics() {
        List<Diagnostic> all = new ArrayList<>();
        constraints.values().forEach(all::addAll);
        all.addAll(rules);
        return all;
    }

    /** Stops following the plan's changes. */
    public void dispose() {
        plan.eAdapters().remove(recorder);
    }

    private void record(Notification notification) {
        if (notification.isTouch() || !(notification.getNotifier() instanceof EObject notifier)) {
            return;
        }
        changed.add(notifier);
        boolean containment = notification.getFeature() instanceof EReference reference && reference.isContainment();
        if (!containment) {
            return;
        }
        switch (notification.getEventType()) {
            case Notification.ADD -> addWithContents(notification.getNewValue());
            case Notification.ADD_MANY -> ((List<?>) notification.getNewValue()).forEach(this::addWithContents);
            case Notification.SET, Notification.UNSET -> {
                structural |= notification.getOldValue() != null;
                addWithContents(notification.getNewValue());
            }
            case Notification.REMOVE, Notification.REMOVE_MANY, Notification.MOVE -> structural = true;
            default -> {
                // RESOLVE and REMOVING_ADAPTER change nothing that is validated
            }
        }
    }

    private void addWithContents(Object value) {
        if (value instanceof EObject added) {
            contentsAdded = true;
            changed.add(added);
            added.eAllContents().forEachRemaining(changed::add);
        }
    }

    private void validateAll() {
        context = validation.diagnostician().createDefaultContext();
        estateIndex = new EstateIndex(plan.getEstate());
        constraints.clear();
        validateOne(plan);
        for (TreeIterator<EObject> it = plan.eAllContents(); it.hasNext();) {
            validateOne(it.next());
        }
        rules = designRules();
    }

    private void validateOne(EObject object) {
        BasicDiagnostic chain = new BasicDiagnostic();
        EObjectValidator.INSTANCE.validate(object.eClass(), object, chain, context);
        List<Diagnostic> leaves = leaves(chain);
        if (leaves.isEmpty()) {
            constraints.remove(object);
        } else {
            constraints.put(object, leaves);
        }
    }

    private List<Diagnostic> designRules() {
        BasicDiagnostic chain = new BasicDiagnostic();
        PlanValidator.checkDesign(plan, estateIndex, chain);
        return leaves(chain);
    }

    private static List<Diagnostic> leaves(Diagnostic diagnostic) {
        List<Diagnostic> found = new ArrayList<>();
        collect(diagnostic, found);
        return found;
    }

    private static void collect(Diagnostic diagnostic, List<Diagnostic> leaves) {
        for (Diagnostic child : diagnostic.getChildren()) {
            if (child.getChildren().isEmpty()) {
                if (child.getSeverity() != Diagnostic.OK) {
                    leaves.add(child);
                }
            } else {
                collect(child, leaves);
            }
        }
    }
}
