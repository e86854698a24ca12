package org.liftshift.report.internal;

import org.liftshift.model.estate.CatalogFolder;
import org.liftshift.model.estate.Estate;
import org.liftshift.model.estate.Project;
import org.liftshift.model.estate.SqlServerInstance;

/** How big the estate is: instances, projects and packages, catalog and file system together. */
record EstateCounts(int instances, int projects, int packages, int jobs) {

    static EstateCounts of(Estate estate) {
        if (estate == null) {
            return new EstateCounts(0, 0, 0, 0);
        }
        int projects = estate.getFileProjects().size();
        int packages = estate.getFilePackages().size();
        int jobs = 0;
        for (Project project : estate.getFileProjects()) {
            packages += project.getPackages().size();
        }
        for (SqlServerInstance instance : estate.getInstances()) {
            jobs += instance.getJobs().size();
            packages += instance.getMsdbPackages().size();
            if (instance.getCatalog() != null) {
                for (CatalogFolder folder : instance.getCatalog().getFolders()) {
                    projects += folder.getProjects().size();
                    for (Project project : folder.getProjects()) {
                        packages += project.getPackages().size();
                    }
                }
            }
        }
        return new EstateCounts(estate.getInstances().size(), projects, packages, jobs);
    }
}
