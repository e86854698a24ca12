package org.liftshift.assess.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.liftshift.model.estate.CatalogFolder;
import org.liftshift.model.estate.ConnectionManager;
import org.liftshift.model.estate.Estate;
import org.liftshift.model.estate.Package;
import org.liftshift.model.estate.Project;
import org.liftshift.model.estate.SqlServerInstance;
import org.liftshift.model.plan.MigrationPlan;

/** Runs every check over the estate of a plan, package by package. */
public final class EstateChecks {

    private EstateChecks() {
    }

    public static void check(MigrationPlan plan, CapacityCheck capacity, Findings findings, SubMonitor monitor) {
        Estate estate = plan.getEstate();
        List<Project> projects = projects(estate);
        List<Package> loose = new ArrayList<>(estate.getFilePackages());
        estate.getInstances().forEach(instance -> loose.addAll(instance.getMsdbPackages()));
        int packages = loose.size() + projects.stream().mapToInt(p -> p.getPackages().size()).sum();
        SubMonitor progress = SubMonitor.convert(monitor, "Assessing " + packages + " packages", packages + 2);
        for (Project project : projects) {
            for (ConnectionManager manager : project.getConnectionManagers()) {
                ConnectionChecks.check(manager, findings);
            }
            for (Package pkg : project.getPackages()) {
                checkPackage(pkg, findings, progress);
            }
        }
        for (Package pkg : loose) {
            checkPackage(pkg, findings, progress);
        }
        ConfigurationFileChecks.check(estate, findings);
        DeploymentChecks.check(estate, findings);
        progress.worked(1);
        if (plan.getTarget() != null) {
            capacity.check(plan, findings);
        }
        progress.worked(1);
    }

    private static void checkPackage(Package pkg, Findings findings, SubMonitor progress) {
        if (progress.isCanceled()) {
            throw new OperationCanceledException();
        }
        progress.subTask(pkg.getName());
        for (ConnectionManager manager : pkg.getConnectionManagers()) {
            ConnectionChecks.check(manager, findings);
        }
        PackageChecks.check(pkg, findings);
        progress.worked(1);
    }

    private static List<Project> projects(Estate estate) {
        List<Project> projects = new ArrayList<>(estate.getFileProjects());
        for (SqlServerInstance instance : estate.getInstances()) {
            if (instance.getCatalog() != null) {
                for (CatalogFolder folder : instance.getCatalog().getFolders()) {
                    projects.addAll(folder.getProjects());
                }
            }
        }
        return projects;
    }
}
