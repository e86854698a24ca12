package org.liftshift.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
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
        form.setText("Business continuity and disaster recovery"); //$NON-NLS-1$
        BcdrDesign bcdr = editor.plan().getBcdr();
        if (bcdr == null) {
            Composite client = section(body, "No BCDR design", //$NON-NLS-1$
                    "SSISDB and the IR run in one region. A dual-standby pair keeps a second IR ready in a paired region.", 1); //$NON-NLS-1$
            Button add = toolkit.createButton(client, "Design BCDR for this migration", SWT.PUSH); //$NON-NLS-1$
            add.setData(DesignEditor.TEST_ID, "bcdr.add"); //$NON-NLS-1$
            add.addListener(SWT.Selection, e -> execute(SetCommand.create(editor.getEditingDomain(), editor.plan(),
                    PlanPackage.Literals.MIGRATION_PLAN__BCDR, PlanFactory.eINSTANCE.createBcdrDesign())));
            return;
        }
        Composite client = section(body, "Failover", "The SSISDB failover group and the dual-standby IR pair.", 2); //$NON-NLS-1$ //$NON-NLS-2$
        List<AzureSsisIntegrationRuntime> runtimes = DesignNavigation.runtimes(editor.plan());
        label(client, "Failover group:"); //$NON-NLS-1$
        choiceCombo(client, "bcdr.failoverGroup", bcdr, PlanPackage.Literals.BCDR_DESIGN__FAILOVER_GROUP, all(FailoverGroup.class), //$NON-NLS-1$
                FailoverGroup::getName);
        label(client, "Primary IR:"); //$NON-NLS-1$
        choiceCombo(client, "bcdr.primaryRuntime", bcdr, PlanPackage.Literals.BCDR_DESIGN__PRIMARY_RUNTIME, runtimes, //$NON-NLS-1$
                AzureSsisIntegrationRuntime::getName);
        label(client, "Secondary region:"); //$NON-NLS-1$
        text(client, "bcdr.secondaryRegion", bcdr, PlanPackage.Literals.BCDR_DESIGN__SECONDARY_REGION); //$NON-NLS-1$
        label(client, "Secondary factory:"); //$NON-NLS-1$
        choiceCombo(client, "bcdr.secondaryFactory", bcdr, PlanPackage.Literals.BCDR_DESIGN__SECONDARY_FACTORY, all(DataFactory.class), //$NON-NLS-1$
                DataFactory::getName);
        label(client, "Secondary IR:"); //$NON-NLS-1$
        choiceCombo(client, "bcdr.secondaryRuntime", bcdr, PlanPackage.Literals.BCDR_DESIGN__SECONDARY_RUNTIME, runtimes, //$NON-NLS-1$
                AzureSsisIntegrationRuntime::getName);
        if (bcdr.getPrimaryRuntime() != null && bcdr.getPrimaryRuntime().getCatalog() != null) {
            label(client, "Dual-standby pair name:"); //$NON-NLS-1$
            text(client, "bcdr.pairName", bcdr.getPrimaryRuntime().getCatalog(), //$NON-NLS-1$
                    TargetPackage.Literals.SSIS_CATALOG_DESIGN__DUAL_STANDBY_PAIR_NAME);
        }
        label(client, "Jobs in the secondary run as:"); //$NON-NLS-1$
        enumCombo(client, "bcdr.orchestration", bcdr, PlanPackage.Literals.BCDR_DESIGN__ORCHESTRATION, OrchestrationKind.VALUES); //$NON-NLS-1$
        label(client, ""); //$NON-NLS-1$
        checkbox(client, "Keep the secondary IR running (faster failover, paid while idle)", "bcdr.keepSecondaryRunning", bcdr, //$NON-NLS-1$ //$NON-NLS-2$
                PlanPackage.Literals.BCDR_DESIGN__KEEP_SECONDARY_RUNNING);

        Composite preview = section(body, "Scenario preview", "What the runbook will do when the primary region fails.", 1); //$NON-NLS-1$ //$NON-NLS-2$
        liveLabel(preview, 1, "bcdr.scenario", () -> scenario(bcdr)); //$NON-NLS-1$
        List<EObject> concerned = new ArrayList<>(List.of(bcdr));
        problems(preview, 1, "bcdr.problems", () -> concernedBy(bcdr, concerned), "No continuity problem.", "BCDR-", "CON-"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
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
            return "Choose the failover group and both IRs of the pair to preview the failover."; //$NON-NLS-1$
        }
        SsisCatalogDesign catalog = primary.getCatalog();
        String pair = catalog == null || catalog.getDualStandbyPairName() == null ? "(no pair name yet)" : catalog.getDualStandbyPairName(); //$NON-NLS-1$
        StringBuilder text = new StringBuilder();
        text.append("1. Failover group ").append(group.getName()).append(" fails over: ") //$NON-NLS-1$ //$NON-NLS-2$
                .append(group.getSecondary() == null ? "the secondary" : group.getSecondary().getName()) //$NON-NLS-1$
                .append(" becomes the read-write SSISDB host behind ").append(group.getReadWriteListener()).append(".\n"); //$NON-NLS-1$ //$NON-NLS-2$
        text.append("2. IR ").append(secondary.getName()).append(" of pair ").append(pair) //$NON-NLS-1$ //$NON-NLS-2$
                .append(bcdr.isKeepSecondaryRunning() ? " is already running and takes over SSISDB." : " is started and takes over SSISDB.") //$NON-NLS-1$ //$NON-NLS-2$
                .append('\n');
        text.append("3. ").append(switch (bcdr.getOrchestration()) { //$NON-NLS-1$
            case ADF_PIPELINE -> "The pipelines' triggers in factory " //$NON-NLS-1$
                    + (bcdr.getSecondaryFactory() == null ? "(none chosen)" : bcdr.getSecondaryFactory().getName()) + " are started."; //$NON-NLS-1$ //$NON-NLS-2$
            case MI_AGENT_JOB -> "The SSIS Agent jobs on the secondary Managed Instance are enabled; those on the old primary disabled."; //$NON-NLS-1$
            case NOT_MIGRATED -> "No jobs are moved: packages are run by hand or by an outside scheduler."; //$NON-NLS-1$
        }).append('\n');
        text.append("4. After the primary region is back: fail back the group, then swap the IR roles again."); //$NON-NLS-1$
        return text.toString();
    }
}
