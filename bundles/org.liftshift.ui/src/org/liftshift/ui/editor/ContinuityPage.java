package org.liftshift.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.liftshift.model.navigation.DesignNavigation;
import org.liftshift.model.plan.BcdrDesign;
import org.liftshift.model.plan.OrchestrationKind;
import org.liftshift.model.plan.PlanFactory;
import org.liftshift.model.plan.PlanPackage;
import org.liftshift.model.target.AzureSsisIntegrationRuntime;
import org.liftshift.model.target.DataFactory;
import org.liftshift.model.target.FailoverGroup;
import org.liftshift.model.target.SsisCatalogDesign;
import org.liftshift.model.target.TargetPackage;

/**
 * Business continuity: the failover group of SSISDB, the dual-standby IR pair, the secondary region,
 * factory and IR, how jobs run there (ADF triggers or MI Agent), and a preview of what happens in a
 * failover, with the BCDR-* and CON-* diagnostics in place.
 */
final class ContinuityPage extends DesignFormPage {

    static final String ID = "bcdr"; //$NON-NLS-1$

    ContinuityPage(DesignEditor editor) {
        super(editor, ID, "BCDR"); //$NON-NLS-1$
    }

    @Override
    protected Object shape() {
        BcdrDesign bcdr = editor.plan().getBcdr();
        return bcdr == null ? List.of() : List.of(bcdr);
    }

    @Override
    protected void createContent(ScrolledForm form, Composite body) {
        form.setText(Messages.Continuity_businessContinuityAndDisasterRecovery);
        BcdrDesign bcdr = editor.plan().getBcdr();
        if (bcdr == null) {
            Composite client = section(body, Messages.Continuity_noBcdrDesign,
                    Messages.Continuity_ssisdbAndTheIrRun, 1);
            Button add = toolkit.createButton(client, Messages.Continuity_designBcdrForThisMigration, SWT.PUSH);
            add.setData(DesignEditor.TEST_ID, "bcdr.add"); //$NON-NLS-1$
            add.addListener(SWT.Selection, e -> execute(SetCommand.create(editor.getEditingDomain(), editor.plan(),
                    PlanPackage.Literals.MIGRATION_PLAN__BCDR, PlanFactory.eINSTANCE.createBcdrDesign())));
            return;
        }
        Composite client = section(body, Messages.Continuity_failover, Messages.Continuity_theSsisdbFailoverGroupAnd, 2);
        List<AzureSsisIntegrationRuntime> runtimes = DesignNavigation.runtimes(editor.plan());
        label(client, Messages.Continuity_failoverGroup);
        choiceCombo(client, "bcdr.failoverGroup", bcdr, PlanPackage.Literals.BCDR_DESIGN__FAILOVER_GROUP, all(FailoverGroup.class), //$NON-NLS-1$
                FailoverGroup::getName);
        label(client, Messages.Continuity_primaryIr);
        choiceCombo(client, "bcdr.primaryRuntime", bcdr, PlanPackage.Literals.BCDR_DESIGN__PRIMARY_RUNTIME, runtimes, //$NON-NLS-1$
                AzureSsisIntegrationRuntime::getName);
        label(client, Messages.Continuity_secondaryRegion);
        text(client, "bcdr.secondaryRegion", bcdr, PlanPackage.Literals.BCDR_DESIGN__SECONDARY_REGION); //$NON-NLS-1$
        label(client, Messages.Continuity_secondaryFactory);
        choiceCombo(client, "bcdr.secondaryFactory", bcdr, PlanPackage.Literals.BCDR_DESIGN__SECONDARY_FACTORY, all(DataFactory.class), //$NON-NLS-1$
                DataFactory::getName);
        label(client, Messages.Continuity_secondaryIr);
        choiceCombo(client, "bcdr.secondaryRuntime", bcdr, PlanPackage.Literals.BCDR_DESIGN__SECONDARY_RUNTIME, runtimes, //$NON-NLS-1$
                AzureSsisIntegrationRuntime::getName);
        if (bcdr.getPrimaryRuntime() != null && bcdr.getPrimaryRuntime().getCatalog() != null) {
            label(client, Messages.Continuity_dualStandbyPairName);
            text(client, "bcdr.pairName", bcdr.getPrimaryRuntime().getCatalog(), //$NON-NLS-1$
                    TargetPackage.Literals.SSIS_CATALOG_DESIGN__DUAL_STANDBY_PAIR_NAME);
        }
        label(client, Messages.Continuity_jobsInTheSecondaryRun);
        enumCombo(client, "bcdr.orchestration", bcdr, PlanPackage.Literals.BCDR_DESIGN__ORCHESTRATION, OrchestrationKind.VALUES); //$NON-NLS-1$
        label(client, ""); //$NON-NLS-1$
        checkbox(client, Messages.Continuity_keepTheSecondaryIrRunning, "bcdr.keepSecondaryRunning", bcdr, //$NON-NLS-1$
                PlanPackage.Literals.BCDR_DESIGN__KEEP_SECONDARY_RUNNING);

        Composite preview = section(body, Messages.Continuity_scenarioPreview, Messages.Continuity_whatTheRunbookWillDo, 1);
        liveLabel(preview, 1, "bcdr.scenario", () -> scenario(bcdr)); //$NON-NLS-1$
        List<EObject> concerned = new ArrayList<>(List.of(bcdr));
        problems(preview, 1, "bcdr.problems", () -> concernedBy(bcdr, concerned), Messages.Continuity_noContinuityProblem, "BCDR-", "CON-"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private static List<EObject> concernedBy(BcdrDesign bcdr, List<EObject> base) {
        List<EObject> concerned = new ArrayList<>(base);
        for (EObject object : new EObject[] { bcdr.getFailoverGroup(), bcdr.getPrimaryRuntime(), bcdr.getSecondaryRuntime(),
                bcdr.getSecondaryFactory() }) {
            if (object != null) {
                concerned.add(object);
            }
        }
        if (bcdr.getPrimaryRuntime() != null && bcdr.getPrimaryRuntime().getCatalog() != null) {
            concerned.add(bcdr.getPrimaryRuntime().getCatalog());
        }
        return concerned;
    }

    private <T extends EObject> List<T> all(Class<T> type) {
        List<T> found = new ArrayList<>();
        editor.plan().getTarget().eAllContents().forEachRemaining(o -> {
            if (type.isInstance(o)) {
                found.add(type.cast(o));
            }
        });
        return found;
    }

    /** The failover, step by step, as the generated runbook performs it. */
    static String scenario(BcdrDesign bcdr) {
        FailoverGroup group = bcdr.getFailoverGroup();
        AzureSsisIntegrationRuntime primary = bcdr.getPrimaryRuntime();
        AzureSsisIntegrationRuntime secondary = bcdr.getSecondaryRuntime();
        if (group == null || primary == null || secondary == null) {
            return Messages.Continuity_chooseTheFailoverGroupAnd;
        }
        SsisCatalogDesign catalog = primary.getCatalog();
        String pair = catalog == null || catalog.getDualStandbyPairName() == null ? Messages.Continuity_noPairNameYet : catalog.getDualStandbyPairName();
        String secondaryServer = group.getSecondary() == null ? Messages.Continuity_theSecondary : group.getSecondary().getName();
        String factory = bcdr.getSecondaryFactory() == null ? Messages.Continuity_noneChosen : bcdr.getSecondaryFactory().getName();
        StringBuilder text = new StringBuilder();
        text.append(NLS.bind(Messages.Continuity_stepFailover, new Object[] { group.getName(), secondaryServer, group.getReadWriteListener() }))
                .append('\n');
        text.append(NLS.bind(bcdr.isKeepSecondaryRunning() ? Messages.Continuity_stepRunningIr : Messages.Continuity_stepStartedIr,
                secondary.getName(), pair)).append('\n');
        text.append(switch (bcdr.getOrchestration()) {
            case ADF_PIPELINE -> NLS.bind(Messages.Continuity_stepTriggers, factory);
            case MI_AGENT_JOB -> Messages.Continuity_stepAgentJobs;
            case NOT_MIGRATED -> Messages.Continuity_stepNoJobs;
        }).append('\n');
        text.append(Messages.Continuity_stepFailBack);
        return text.toString();
    }
}
