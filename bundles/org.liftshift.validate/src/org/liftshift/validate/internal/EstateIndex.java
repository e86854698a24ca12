package org.liftshift.validate.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.liftshift.model.estate.AgentJob;
import org.liftshift.model.estate.ConnectionManager;
import org.liftshift.model.estate.Estate;
import org.liftshift.model.estate.Executable;
import org.liftshift.model.estate.Parameter;
import org.liftshift.model.estate.SsisCatalog;
import org.liftshift.model.estate.Variable;

/**
 * What the design rules look up in the estate: catalogs, connection managers and Agent jobs. The
 * estate is most of a large plan, so this part of the index is kept while only the target changes.
 */
public final class EstateIndex {

    private final List<SsisCatalog> catalogs = new ArrayList<>();
    private final List<ConnectionManager> connectionManagers = new ArrayList<>();
    private final List<AgentJob> jobs = new ArrayList<>();

    public EstateIndex(Estate estate) {
        if (estate == null) {
            return;
        }
        for (TreeIterator<EObject> it = estate.eAllContents(); it.hasNext();) {
            EObject object = it.next();
            if (object instanceof SsisCatalog catalog) {
                catalogs.add(catalog);
            } else if (object instanceof ConnectionManager manager) {
                connectionManagers.add(manager);
                it.prune();
            } else if (object instanceof AgentJob job) {
                jobs.add(job);
                it.prune();
            } else if (object instanceof Executable || object instanceof Variable || object instanceof Parameter) {
                // the control flow, variables and parameters of a package hold none of the three
                it.prune();
            }
        }
    }

    List<SsisCatalog> catalogs() {
        return catalogs;
    }

    List<ConnectionManager> connectionManagers() {
        return connectionManagers;
    }

    List<AgentJob> jobs() {
        return jobs;
    }
}
