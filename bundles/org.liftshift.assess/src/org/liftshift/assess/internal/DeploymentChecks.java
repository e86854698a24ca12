package org.liftshift.assess.internal;

import org.liftshift.assess.PackageRule;
import org.liftshift.model.estate.AgentJob;
import org.liftshift.model.estate.DeploymentModel;
import org.liftshift.model.estate.Estate;
import org.liftshift.model.estate.JobStep;
import org.liftshift.model.estate.Package;
import org.liftshift.model.estate.Project;
import org.liftshift.model.estate.SqlServerInstance;

/** How packages are deployed and started: PKG-8 and PKG-9. */
final class DeploymentChecks {

    private DeploymentChecks() {
    }

    static void check(Estate estate, Findings findings) {
        for (Project project : estate.getFileProjects()) {
            if (project.getDeploymentModel() == DeploymentModel.PACKAGE) {
                findings.add(PackageRule.PKG_9, project, "Project " + project.getName() + " uses the package deployment model");
            }
        }
        for (Package pkg : estate.getFilePackages()) {
            findings.add(PackageRule.PKG_9, pkg, "Package file outside a project: " + pkg.getSourcePath());
        }
        for (SqlServerInstance instance : estate.getInstances()) {
            for (Package pkg : instance.getMsdbPackages()) {
                findings.add(PackageRule.PKG_9, pkg, "Package stored in msdb of " + instance.getName());
            }
            for (AgentJob job : instance.getJobs()) {
                for (JobStep step : job.getSteps()) {
                    if (TsqlSteps.startsExecution(step)) {
                        findings.add(PackageRule.PKG_8, step, "Step " + step.getStepId() + " of job " + job.getName()
                                + " calls catalog.start_execution");
                    }
                }
            }
        }
    }
}
