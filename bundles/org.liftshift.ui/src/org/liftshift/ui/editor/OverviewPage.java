package org.liftshift.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.liftshift.model.estate.AgentJob;
import org.liftshift.model.estate.Package;
import org.liftshift.model.navigation.DesignNavigation;
import org.liftshift.model.plan.AssessmentFinding;
import org.liftshift.model.plan.FindingStatus;
import org.liftshift.model.plan.MigrationPlan;
import org.liftshift.model.target.DataFactory;

/**
 * The plan at a glance: what it holds, how ready it is (errors and warnings by area of the design),
 * what to do next, and a link to each page.
 */
final class OverviewPage extends DesignFormPage {

    static final String ID = "overview"; //$NON-NLS-1$

    /** The area of a rule id prefix and the page that edits it. */
    private static final Map<String, String[]> AREAS = Map.of("EP", new String[] { Messages.Overview_ssisdbEndpoint, CatalogPage.ID }, //$NON-NLS-1$
            "AUTH", new String[] { Messages.Overview_authentication, CatalogPage.ID }, "NET", new String[] { Messages.Network_network, NetworkPage.ID }, //$NON-NLS-1$ //$NON-NLS-2$
            "BCDR", new String[] { "BCDR", ContinuityPage.ID }, "CON", new String[] { Messages.Overview_consistencyOfThePair, ContinuityPage.ID }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            "OPS", new String[] { Messages.Overview_operationsAndCapacity, RuntimePage.ID }, //$NON-NLS-1$
            "EMF", new String[] { Messages.Overview_modelCompleteness, ID }); //$NON-NLS-1$

    OverviewPage(DesignEditor editor) {
        super(editor, ID, Messages.Overview_overview);
    }

    @Override
    protected void createContent(ScrolledForm form, Composite body) {
        MigrationPlan plan = editor.plan();
        form.setText(plan.getName());

        Composite summary = section(body, Messages.Overview_summaryTitle, Messages.Overview_whatTheDesignHolds, 1);
        liveLabel(summary, 1, "overview.summary", this::summary); //$NON-NLS-1$

        Composite readinessClient = section(body, Messages.Overview_readiness,
                Messages.Overview_errorsBlockTheDeploymentKit, 2);
        liveLabel(readinessClient, 2, "overview.readiness", this::readiness); //$NON-NLS-1$
        Composite areas = toolkit.createComposite(readinessClient);
        areas.setLayout(new org.eclipse.swt.layout.GridLayout(2, false));
        areas.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        Runnable showAreas = () -> showAreas(areas);
        showAreas.run();
        onChange(showAreas);

        Composite next = section(body, Messages.Overview_nextSteps, Messages.Overview_theWorkflowInOrder, 1);
        liveLabel(next, 1, "overview.nextSteps", this::nextSteps); //$NON-NLS-1$
        Composite pages = section(body, Messages.Overview_pages, Messages.Overview_whereEachPartOfThe, 1);
        link(pages, Messages.Overview_integrationRuntimeNodeSizeAnd, RuntimePage.ID);
        link(pages, Messages.Overview_ssisdbHostEndpointAuthentication, CatalogPage.ID);
        link(pages, Messages.Overview_networkVnetInjectionSubnetNsg, NetworkPage.ID);
        link(pages, Messages.Overview_bcdrFailoverGroupDualStandby, ContinuityPage.ID);
        link(pages, Messages.Overview_customSetupProxy, SetupPage.ID);
    }

    private void link(Composite parent, String text, String page) {
        Hyperlink link = toolkit.createHyperlink(parent, text, SWT.NONE);
        link.setData(DesignEditor.TEST_ID, "overview.link." + page); //$NON-NLS-1$
        link.addHyperlinkListener(new HyperlinkAdapter() {
            @Override
            public void linkActivated(HyperlinkEvent e) {
                editor.setActivePage(page);
            }
        });
    }

    private String summary() {
        MigrationPlan plan = editor.plan();
        int packages = 0;
        int jobs = 0;
        for (var it = plan.getEstate().eAllContents(); it.hasNext();) {
            Object object = it.next();
            if (object instanceof Package) {
                packages++;
                it.prune();
            } else if (object instanceof AgentJob) {
                jobs++;
                it.prune();
            }
        }
        List<DataFactory> factories = new ArrayList<>();
        plan.getTarget().eAllContents().forEachRemaining(o -> {
            if (o instanceof DataFactory factory) {
                factories.add(factory);
            }
        });
        long openFindings = plan.getFindings().stream().filter(f -> f.getStatus() == FindingStatus.OPEN).count();
        return NLS.bind(plan.getBcdr() == null ? Messages.Overview_summary : Messages.Overview_summaryWithBcdr, new Object[] {
                plan.getEstate().getInstances().size(), packages, jobs, factories.size(), DesignNavigation.runtimes(plan).size(), openFindings });
    }

    private String readiness() {
        DesignDiagnostics diagnostics = editor.diagnostics();
        long errors = diagnostics.count(Diagnostic.ERROR);
        long warnings = diagnostics.count(Diagnostic.WARNING);
        return errors == 0 ? NLS.bind(Messages.Overview_readyWithWarnings, warnings)
                : NLS.bind(Messages.Overview_notReady, errors, warnings);
    }

    private void showAreas(Composite areas) {
        if (areas.isDisposed()) {
            return;
        }
        for (var child : areas.getChildren()) {
            child.dispose();
        }
        Map<String, int[]> byArea = new TreeMap<>();
        for (Diagnostic diagnostic : editor.diagnostics().all()) {
            String id = DesignDiagnostics.ruleId(diagnostic);
            String area = id.contains("-") ? id.substring(0, id.indexOf('-')) : "EMF"; //$NON-NLS-1$ //$NON-NLS-2$
            int[] counts = byArea.computeIfAbsent(area, a -> new int[2]);
            counts[diagnostic.getSeverity() == Diagnostic.ERROR ? 0 : 1]++;
        }
        if (byArea.isEmpty()) {
            toolkit.createLabel(areas, Messages.Overview_everyAreaIsClear);
        }
        byArea.forEach((area, counts) -> {
            String[] known = AREAS.getOrDefault(area, new String[] { area, ID });
            Hyperlink link = toolkit.createHyperlink(areas, known[0], SWT.NONE);
            link.setData(DesignEditor.TEST_ID, "overview.area." + area); //$NON-NLS-1$
            link.addHyperlinkListener(new HyperlinkAdapter() {
                @Override
                public void linkActivated(HyperlinkEvent e) {
                    editor.setActivePage(known[1]);
                }
            });
            Label label = toolkit.createLabel(areas, NLS.bind(Messages.Overview_areaCounts, counts[0], counts[1]));
            label.setForeground(label.getDisplay().getSystemColor(counts[0] > 0 ? SWT.COLOR_DARK_RED : SWT.COLOR_DARK_YELLOW));
        });
        areas.getParent().layout(true, true);
    }

    private String nextSteps() {
        MigrationPlan plan = editor.plan();
        List<String> steps = new ArrayList<>();
        boolean hasEstate = !plan.getEstate().getInstances().isEmpty() || !plan.getEstate().getFileProjects().isEmpty()
                || !plan.getEstate().getFilePackages().isEmpty();
        if (!hasEstate) {
            steps.add(Messages.Overview_importTheEstateFileImport);
        }
        if (DesignNavigation.runtimes(plan).isEmpty()) {
            steps.add(Messages.Overview_addADataFactoryAnd);
        }
        long errors = editor.diagnostics().count(Diagnostic.ERROR);
        if (errors > 0) {
            steps.add(NLS.bind(Messages.Overview_stepFixErrors, errors));
        }
        List<AssessmentFinding> open = plan.getFindings().stream().filter(f -> f.getStatus() == FindingStatus.OPEN).toList();
        if (!open.isEmpty()) {
            steps.add(NLS.bind(Messages.Overview_stepReviewFindings, open.size()));
        }
        steps.add(errors == 0 ? Messages.Overview_generateTheDeploymentKitCtrl : Messages.Overview_thenGenerateTheDeploymentKit);
        steps.add(Messages.Overview_stepWriteReport);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < steps.size(); i++) {
            text.append(NLS.bind(Messages.Overview_step, i + 1, steps.get(i))).append('\n');
        }
        return text.toString().strip();
    }
}
