package org.liftshift.importer;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.liftshift.model.estate.AgentJob;
import org.liftshift.model.estate.ConfigurationFile;
import org.liftshift.model.estate.Estate;
import org.liftshift.model.estate.Package;
import org.liftshift.model.estate.Project;
import org.liftshift.model.estate.SqlServerInstance;

/** A one-line summary of what an estate holds. */
public final class EstateCounts {

    private EstateCounts() {
    }

    public static String of(Estate estate) {
        int instances = 0;
        int projects = 0;
        int packages = 0;
        int jobs = 0;
        for (TreeIterator<EObject> it = estate.eAllContents(); it.hasNext();) {
            EObject object = it.next();
            if (object instanceof SqlServerInstance) {
                instances++;
            } else if (object instanceof Project) {
                projects++;
            } else if (object instanceof Package) {
                packages++;
                it.prune();
            } else if (object instanceof AgentJob) {
                jobs++;
                it.prune();
            } else if (object instanceof ConfigurationFile) {
                it.prune();
            }
        }
        int configurations = estate.getConfigurationFiles().size();
        return instances + " instances, " + projects + " projects, " + packages + " packages, " + jobs + " Agent jobs"
                + (configurations == 0 ? "" : ", " + configurations + " configuration files");
    }
}
