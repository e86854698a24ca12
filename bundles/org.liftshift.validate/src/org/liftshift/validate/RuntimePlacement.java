package org.liftshift.validate;

import org.liftshift.model.estate.Package;
import org.liftshift.model.plan.MigrationPlan;
import org.liftshift.model.target.AzureSsisIntegrationRuntime;
import org.liftshift.validate.internal.Mappings;

/** Which integration runtime a package of the estate will run on, by the plan's folder mappings. */
public final class RuntimePlacement {

    private RuntimePlacement() {
    }

    /** The IR the package's catalog folder or project is mapped to, or null when it is not mapped. */
    public static AzureSsisIntegrationRuntime of(MigrationPlan plan, Package pkg) {
        return Mappings.runtimeOf(plan, pkg);
    }
}
