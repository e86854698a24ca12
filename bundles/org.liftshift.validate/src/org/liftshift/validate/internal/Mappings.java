package org.liftshift.validate.internal;

import org.liftshift.model.navigation.DesignNavigation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.liftshift.model.estate.Package;
import org.liftshift.model.estate.Project;
import org.liftshift.model.plan.FolderMapping;
import org.liftshift.model.plan.MigrationPlan;
import org.liftshift.model.target.AzureSsisIntegrationRuntime;

/** Which estate projects the plan moves to which IR. */
public final class Mappings {

    private Mappings() {
    }

    static Set<Project> projectsOn(MigrationPlan plan, AzureSsisIntegrationRuntime runtime) {
        Set<Project> projects = new LinkedHashSet<>();
        for (FolderMapping mapping : plan.getFolderMappings()) {
            if (mapping.getRuntime() != runtime) {
                continue;
            }
            if (!mapping.getSourceProjects().isEmpty()) {
                projects.addAll(mapping.getSourceProjects());
            } else if (mapping.getSourceFolder() != null) {
                projects.addAll(mapping.getSourceFolder().getProjects());
            }
        }
        return projects;
    }

    public static AzureSsisIntegrationRuntime runtimeOf(MigrationPlan plan, Package pkg) {
        FolderMapping mapping = DesignNavigation.mappingOf(plan, DesignNavigation.ancestor(pkg, Project.class));
        return mapping == null ? null : mapping.getRuntime();
    }

    static List<Package> packagesOf(Set<Project> projects) {
        List<Package> packages = new ArrayList<>();
        projects.forEach(project -> packages.addAll(project.getPackages()));
        return packages;
    }
}
