package org.liftshift.assess;

import org.liftshift.model.estate.DeploymentModel;
import org.liftshift.model.estate.Estate;
import org.liftshift.model.estate.EstateFactory;
import org.liftshift.model.estate.Package;
import org.liftshift.model.estate.Project;
import org.liftshift.model.estate.ProtectionLevel;
import org.liftshift.model.plan.MigrationPlan;
import org.liftshift.model.plan.PlanFactory;
import org.liftshift.model.target.TargetFactory;

/** Small plans for rule tests. */
final class Plans {

    private Plans() {
    }

    /** A plan whose estate has one loose package {@code Load.dtsx}, saved without sensitive data. */
    static MigrationPlan withLoosePackage() {
        MigrationPlan plan = empty();
        plan.getEstate().getFilePackages().add(pkg("Load.dtsx"));
        return plan;
    }

    /** A plan whose estate has one project {@code ETL} of the project deployment model with package {@code Load.dtsx}. */
    static MigrationPlan withProject() {
        MigrationPlan plan = empty();
        Project project = EstateFactory.eINSTANCE.createProject();
        project.setName("ETL");
        project.setDeploymentModel(DeploymentModel.PROJECT);
        project.getPackages().add(pkg("Load.dtsx"));
        plan.getEstate().getFileProjects().add(project);
        return plan;
    }

    static Package pkg(String name) {
        Package pkg = EstateFactory.eINSTANCE.createPackage();
        pkg.setName(name);
        pkg.setProtectionLevel(ProtectionLevel.DONT_SAVE_SENSITIVE);
        pkg.setSourcePath("C:/src/" + name);
        return pkg;
    }

    private static MigrationPlan empty() {
        MigrationPlan plan = PlanFactory.eINSTANCE.createMigrationPlan();
        plan.setName("Test");
        Estate estate = EstateFactory.eINSTANCE.createEstate();
        estate.setName("Estate");
        plan.setEstate(estate);
        plan.setTarget(TargetFactory.eINSTANCE.createAzureTarget());
        return plan;
    }
}
