package org.liftshift.ui;

import org.eclipse.core.runtime.jobs.Job;

/**
 * A job the architect started on a design (kit, report, deployment): shown with progress, and one of
 * a family per kind, so that the workbench and tests can wait for or cancel every job of that kind.
 */
public abstract class DesignJob extends Job {

    private final Object family;

    /** @param family the kind of job, by convention its class */
    protected DesignJob(String name, Object family) {
        super(name);
        this.family = family;
        setUser(true);
    }

    @Override
    public boolean belongsTo(Object candidate) {
        return candidate == family;
    }
}
