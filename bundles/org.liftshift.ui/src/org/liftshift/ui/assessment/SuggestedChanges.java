package org.liftshift.ui.assessment;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;
import org.liftshift.model.estate.Package;
import org.liftshift.model.navigation.DesignNavigation;
import org.liftshift.model.plan.AssessmentFinding;
import org.liftshift.model.plan.FindingStatus;
import org.liftshift.model.plan.MigrationPlan;
import org.liftshift.model.plan.PlanPackage;
import org.liftshift.model.target.AzureSsisIntegrationRuntime;
import org.liftshift.model.target.IntegrationRuntimeEdition;
import org.liftshift.model.target.TargetPackage;
import org.liftshift.validate.RuntimePlacement;

/**
 * What "apply suggested design change" does for a finding: a command that makes the change (and
 * resolves the finding) where the design can be changed directly, otherwise the editor page where
 * the architect makes it, with a sentence saying what to do.
 */
final class SuggestedChanges {

    /** The outcome: a command to execute (or null), the design editor page to show (or null), and what to tell. */
    record Application(Command command, String page, AzureSsisIntegrationRuntime runtime, String message) {
    }

    private SuggestedChanges() {
    }

    static Application of(MigrationPlan plan, AssessmentFinding finding, EditingDomain domain) {
        Package pkg = DesignNavigation.ancestor(finding.getSubject(), Package.class);
        AzureSsisIntegrationRuntime runtime = pkg == null ? null : RuntimePlacement.of(plan, pkg);
        String ir = runtime == null ? Messages.Change_theRuntime : NLS.bind(Messages.Change_runtime, runtime.getName());
        return switch (finding.getSuggestedChange()) {
            case ENTERPRISE_EDITION -> {
                if (runtime == null) {
                    yield new Application(null, "runtime", null, //$NON-NLS-1$
                            Messages.Change_notMapped);
                }
                CompoundCommand change = new CompoundCommand(NLS.bind(Messages.Change_switchCommand, ir));
                change.append(SetCommand.create(domain, runtime, TargetPackage.Literals.AZURE_SSIS_INTEGRATION_RUNTIME__EDITION,
                        IntegrationRuntimeEdition.ENTERPRISE));
                change.append(SetCommand.create(domain, finding, PlanPackage.Literals.ASSESSMENT_FINDING__STATUS, FindingStatus.RESOLVED));
                yield new Application(change, "runtime", runtime, NLS.bind(Messages.Change_switched, ir)); //$NON-NLS-1$
            }
            case VNET_INJECTION -> new Application(null, "network", runtime, //$NON-NLS-1$
                    NLS.bind(Messages.Change_join, ir));
            case SCALE_OUT -> new Application(null, "runtime", runtime, NLS.bind(Messages.Change_scaleOut, ir)); //$NON-NLS-1$
            case CUSTOM_SETUP, EXPRESS_CUSTOM_SETUP, EXECUTION_CREDENTIAL, SELF_HOSTED_PROXY, AZURE_FILES -> new Application(null, "setup", //$NON-NLS-1$
                    runtime, NLS.bind(Messages.Change_setup, finding.getSuggestedChange().getLiteral().toLowerCase(java.util.Locale.ROOT)
                            .replace('_', ' '), ir));
            case PROJECT_DEPLOYMENT_MODEL, PACKAGE_CHANGE, NONE -> new Application(null, null, runtime,
                    Messages.Change_packageChange);
        };
    }
}
