package org.liftshift.importer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.liftshift.model.estate.ConfigurationFile;
import org.liftshift.model.estate.Estate;
import org.liftshift.model.estate.Package;
import org.liftshift.model.estate.Project;
import org.liftshift.model.estate.SqlServerInstance;
import org.liftshift.model.navigation.ObjectPaths;
import org.liftshift.model.plan.MigrationPlan;

/**
 * Adds a newly imported estate to the estate of an existing plan. An instance with the same name, or
 * a project, package or configuration file from the same path, replaces the one imported before; what the design
 * referred to in it (folder mappings, orchestrations, findings) is pointed at its counterpart in the
 * new import, and a reference whose object is gone is dropped and reported.
 */
public final class EstateMerge {

    private final MigrationPlan plan;
    private final List<String> dropped = new ArrayList<>();

    private EstateMerge(MigrationPlan plan) {
        this.plan = plan;
    }

    /** Merges {@code imported} into the plan's estate and returns what could not be kept. */
    public static List<String> into(MigrationPlan plan, Estate imported) {
        EstateMerge merge = new EstateMerge(plan);
        Estate estate = plan.getEstate();
        merge.add(estate.getInstances(), new ArrayList<>(imported.getInstances()), SqlServerInstance::getName);
        merge.add(estate.getFileProjects(), new ArrayList<>(imported.getFileProjects()), Project::getSourcePath);
        merge.add(estate.getFilePackages(), new ArrayList<>(imported.getFilePackages()), Package::getSourcePath);
        merge.add(estate.getConfigurationFiles(), new ArrayList<>(imported.getConfigurationFiles()), ConfigurationFile::getSourcePath);
        return merge.dropped;
    }

    private <T extends EObject> void add(EList<T> existing, List<T> incoming, Function<T, String> key) {
        for (T added : incoming) {
            T previous = existing.stream().filter(e -> Objects.equals(key.apply(e), key.apply(added)) && key.apply(added) != null)
                    .findFirst().orElse(null);
            if (previous == null) {
                existing.add(added);
            } else {
                existing.set(existing.indexOf(previous), added);
                redirect(previous, added);
            }
        }
    }

    /** Points every reference into {@code previous} at the object with the same path under {@code replacement}. */
    private void redirect(EObject previous, EObject replacement) {
        Map<String, EObject> counterparts = new HashMap<>();
        counterparts.put("", replacement);
        String base = ObjectPaths.of(replacement);
        for (TreeIterator<EObject> it = replacement.eAllContents(); it.hasNext();) {
            EObject object = it.next();
            counterparts.putIfAbsent(ObjectPaths.of(object).substring(base.length()), object);
        }
        List<EObject> old = new ArrayList<>();
        old.add(previous);
        previous.eAllContents().forEachRemaining(old::add);
        Map<EObject, Collection<EStructuralFeature.Setting>> usages = EcoreUtil.UsageCrossReferencer.findAll(old, plan);
        usages.forEach((target, settings) -> {
            // previous is detached, so the paths of its contents start below it
            EObject counterpart = counterparts.get(target == previous ? "" : "/" + ObjectPaths.of(target));
            for (EStructuralFeature.Setting setting : settings) {
                replace(setting, target, counterpart);
            }
        });
    }

    @SuppressWarnings("unchecked")
    private void replace(EStructuralFeature.Setting setting, EObject target, EObject counterpart) {
        EStructuralFeature feature = setting.getEStructuralFeature();
        if (feature.isMany()) {
            List<EObject> values = (List<EObject>) setting.get(false);
            for (Iterator<EObject> it = values.iterator(); it.hasNext();) {
                if (it.next() == target && counterpart == null) {
                    it.remove();
                }
            }
            if (counterpart != null) {
                int index = values.indexOf(target);
                if (index >= 0) {
                    values.set(index, counterpart);
                }
            }
        } else {
            setting.set(counterpart);
        }
        if (counterpart == null) {
            dropped.add(ObjectPaths.label(setting.getEObject()) + " no longer refers to " + ObjectPaths.label(target)
                    + ": the new import does not have it");
        }
    }
}
