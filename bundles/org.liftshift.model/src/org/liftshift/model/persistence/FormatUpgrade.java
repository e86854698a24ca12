package org.liftshift.model.persistence;

import org.liftshift.model.plan.MigrationPlan;

/**
 * Brings a plan read from an older {@code .liftshift} format to the next format version. Upgrades
 * run in order after loading, from the file's version up to {@link MigrationFiles#FORMAT_VERSION}.
 */
public interface FormatUpgrade {

    /** The format version this upgrade reads; it leaves the plan at {@code fromVersion() + 1}. */
    int fromVersion();

    void upgrade(MigrationPlan plan);
}
