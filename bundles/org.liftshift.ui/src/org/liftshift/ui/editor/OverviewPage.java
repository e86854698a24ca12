package org.liftshift.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.common.util.Diagnostic;
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
    private static final Map<String, String[]> AREAS = Map.of("EP", new String[] { "SSISDB endpoint", CatalogPage.ID }, //$NON-NLS-1$ //$NON-NLS-2$
            "AUTH", new String[] { "Authentication", CatalogPage.ID }, "NET", new String[] { "Network", NetworkPage.ID }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            "BCDR", new String[] { "BCDR", ContinuityPage.ID }, "CON", new String[] { "Consistency of the pair", ContinuityPage.ID }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            "OPS", new String[] { "Operations and capacity", RuntimePage.ID }, //$NON-NLS-1$ //$NON-NLS-2$
            "EMF", new String[] { "Model completeness", ID }); //$NON-NLS-1$ //$NON-NLS-2$

    OverviewPage(DesignEditor editor) {
        super(editor, ID, "Overview"); //$NON-NLS-1$
    }

    @Override
    protected void createContent(ScrolledForm form, Composite body) {
        MigrationPlan plan = editor.plan();
        form.setText(plan.getName());

        Composite summary = section(body, "Summary", "What the design holds.", 1); //$NON-NLS-1$ //$NON-NLS-2$
        liveLabel(summary, 1, "overview.summary", this::summary); //$NON-NLS-1$

        Composite readinessClient = section(body, "Readiness", //$NON-NLS-1$
                "Errors block the deployment kit; warnings are risks to review. Every change is checked at once.", 2); //$NON-NLS-1$
        liveLabel(readinessClient, 2, "overview.readiness", this::readiness); //$NON-NLS-1$
        Composite areas = toolkit.createComposite(readinessClient);
        areas.setLayout(new org.eclipse.swt.layout.GridLayout(2, false));
        areas.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        Runnable showAreas = () -> showAreas(areas);
        showAreas.run();
        onChange(showAreas);

        Composite next = section(body, "Next steps", "The workflow, in order.", 1); //$NON-NLS-1$ //$NON-NLS-2$
        liveLabel(next, 1, "overview.nextSteps", this::nextSteps); //$NON-NLS-1$
        Composite pages = section(body, "Pages", "Where each part of the design is edited.", 1); //$NON-NLS-1$ //$NON-NLS-2$
        link(pages, "Integration runtime: node size and count, edition, capacity", RuntimePage.ID); //$NON-NLS-1$
        link(pages, "SSISDB: host, endpoint, authentication", CatalogPage.ID); //$NON-NLS-1$
        link(pages, "Network: VNet injection, subnet, NSG rules", NetworkPage.ID); //$NON-NLS-1$
        link(pages, "BCDR: failover group, dual-standby pair, scenario", ContinuityPage.ID); //$NON-NLS-1$
        link(pages, "Custom setup & proxy", SetupPage.ID); //$NON-NLS-1$
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
        return "Estate: " + plan.getEstate().getInstances().size() + " SQL Server instances, " + packages + " packages, " + jobs //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + " Agent jobs.\nTarget: " + factories.size() + " data factories, " + DesignNavigation.runtimes(plan).size() //$NON-NLS-1$ //$NON-NLS-2$
                + " Azure-SSIS integration runtimes" + (plan.getBcdr() == null ? "" : ", with a BCDR design") + ".\nAssessment: " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                + openFindings + " open findings."; //$NON-NLS-1$
    }

    private String readiness() {
        DesignDiagnostics diagnostics = editor.diagnostics();
        long errors = diagnostics.count(Diagnostic.ERROR);
        long warnings = diagnostics.count(Diagnostic.WARNING);
        return errors == 0 ? warnings + " warnings; no errors: the deployment kit can be generated." //$NON-NLS-1$
                : errors + " errors and " + warnings + " warnings: fix the errors before generating the kit."; //$NON-NLS-1$ //$NON-NLS-2$
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
            toolkit.createLabel(areas, "Every area is clear."); //$NON-NLS-1$
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
            Label label = toolkit.createLabel(areas, counts[0] + " errors, " + counts[1] + " warnings"); //$NON-NLS-1$ //$NON-NLS-2$
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
            steps.add("Import the estate: File > Import > Liftshift > SSIS Files and Folders."); //$NON-NLS-1$
        }
        if (DesignNavigation.runtimes(plan).isEmpty()) {
            steps.add("Add a data factory and an Azure-SSIS integration runtime to the target."); //$NON-NLS-1$
        }
        long errors = editor.diagnostics().count(Diagnostic.ERROR);
        if (errors > 0) {
            steps.add("Fix the " + errors + " errors: each area above links to its page; the Problems view lists them all."); //$NON-NLS-1$ //$NON-NLS-2$
        }
        List<AssessmentFinding> open = plan.getFindings().stream().filter(f -> f.getStatus() == FindingStatus.OPEN).toList();
        if (!open.isEmpty()) {
            steps.add("Review the " + open.size() + " open assessment findings (Problems view)."); //$NON-NLS-1$ //$NON-NLS-2$
        }
        steps.add(errors == 0 ? "Generate the deployment kit: Ctrl+Alt+G." : "Then generate the deployment kit: Ctrl+Alt+G."); //$NON-NLS-1$ //$NON-NLS-2$
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < steps.size(); i++) {
            text.append(i + 1).append(". ").append(steps.get(i)).append('\n'); //$NON-NLS-1$
        }
        return text.toString().strip();
    }
}
