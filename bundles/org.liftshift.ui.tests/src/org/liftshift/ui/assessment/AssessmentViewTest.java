package org.liftshift.ui.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.liftshift.assess.PackageAssessment;
import org.liftshift.model.estate.Package;
import org.liftshift.model.plan.AssessmentFinding;
import org.liftshift.model.plan.DesignChange;
import org.liftshift.model.plan.FindingStatus;
import org.liftshift.model.plan.MigrationPlan;
import org.liftshift.model.plan.PlanFactory;
import org.liftshift.model.plan.Severity;
import org.liftshift.model.target.AzureSsisIntegrationRuntime;
import org.liftshift.model.target.IntegrationRuntimeEdition;
import org.liftshift.samples.ContosoSample;
import org.liftshift.ui.Screens;
import org.liftshift.ui.ProjectTestCase;
import org.liftshift.ui.TestDesigns;
import org.liftshift.ui.Widgets;
import org.liftshift.ui.editor.DesignEditor;

/** The Assessment view on the Contoso design: running the assessment, filtering, the chart, and suggested changes. */
class AssessmentViewTest extends ProjectTestCase {


    AssessmentViewTest() {
        super("Assessment");
    }

    @Test
    void runningTheAssessmentFillsTheTableAndChartAndFiltersNarrowThem() throws Exception {
        ContosoSample contoso = ContosoSample.build();
        List<AssessmentFinding> expected = PackageAssessment.withAllRules().assess(ContosoSample.build().plan, null);
        DesignEditor editor = open(contoso.plan);
        AssessmentView view = (AssessmentView) page.showView(AssessmentView.ID);
        page.activate(editor);
        assertThat(view.shown()).isEmpty();

        Job job = view.runAssessment();
        job.join();
        assertThat(Widgets.waitFor(() -> view.shown().size() == expected.size(), 20)).as("every finding is listed").isTrue();
        assertThat(editor.isDirty()).as("findings are recorded in the design as a command").isTrue();
        assertThat(view.chartCounts()).isEqualTo(FindingFilter.countsByRule(expected));
        assertThat(view.shown()).allMatch(f -> f.getSubject() != null && f.getSubject().eResource() == editor.plan().eResource());
        Screens.save(shell(), "assessment-view.png");

        Combo rule = Widgets.find(shell(), "assessment.rule", Combo.class);
        rule.select(rule.indexOf("1003"));
        rule.notifyListeners(SWT.Selection, null);
        assertThat(view.shown()).isNotEmpty().allMatch(f -> f.getRuleId().equals("1003"));
        assertThat(view.chartCounts()).containsOnlyKeys("1003");

        Combo project = Widgets.find(shell(), "assessment.project", Combo.class);
        assertThat(project.getItems()).contains("All", contoso.salesProject.getName());
        rule.select(0);
        rule.notifyListeners(SWT.Selection, null);
        project.select(project.indexOf(contoso.salesProject.getName()));
        project.notifyListeners(SWT.Selection, null);
        assertThat(view.shown()).isNotEmpty().allMatch(f -> contoso.salesProject.getName().equals(FindingFilter.projectOf(f)));

        editor.getEditingDomain().getCommandStack().undo();
        assertThat(Widgets.waitFor(() -> view.shown().isEmpty(), 5)).as("undo takes the findings back").isTrue();
    }

    @Test
    void applyingAnEnterpriseFindingSwitchesItsRuntimeAndResolvesIt() throws Exception {
        ContosoSample contoso = ContosoSample.build();
        Package pkg = contoso.salesProject.getPackages().get(0);
        AssessmentFinding finding = PlanFactory.eINSTANCE.createAssessmentFinding();
        finding.setRuleId("2001");
        finding.setSeverity(Severity.ERROR);
        finding.setStatus(FindingStatus.OPEN);
        finding.setSuggestedChange(DesignChange.ENTERPRISE_EDITION);
        finding.setObjectPath("Sales/" + pkg.getName());
        finding.setEvidence("Task Microsoft.CDCControlTask");
        finding.setSubject(pkg);
        contoso.plan.getFindings().add(finding);
        DesignEditor editor = open(contoso.plan);
        AssessmentView view = (AssessmentView) page.showView(AssessmentView.ID);
        page.activate(editor);
        Widgets.waitFor(() -> view.shown().size() == 1, 5);
        AssessmentFinding shown = view.shown().get(0);
        view.select(List.of(shown));

        String message = view.applySuggestedChange();

        AzureSsisIntegrationRuntime sales = (AzureSsisIntegrationRuntime) editor.plan().eResource().getEObject(fragmentOf(editor, "ir-ssis-sales"));
        assertThat(message).contains("ir-ssis-sales is now Enterprise");
        assertThat(sales.getEdition()).isEqualTo(IntegrationRuntimeEdition.ENTERPRISE);
        assertThat(shown.getStatus()).isEqualTo(FindingStatus.RESOLVED);
        assertThat(editor.getActivePageInstance().getId()).isEqualTo("runtime");
    }

    @Test
    void aFindingWhoseChangeIsMadeElsewhereOpensThatPage() throws Exception {
        MigrationPlan plan = ContosoSample.build().plan;
        PackageAssessment.record(plan, PackageAssessment.withAllRules().assess(plan, null));
        DesignEditor editor = open(plan);
        AssessmentView view = (AssessmentView) page.showView(AssessmentView.ID);
        page.activate(editor);
        Widgets.waitFor(() -> !view.shown().isEmpty(), 5);
        AssessmentFinding vnet = view.shown().stream().filter(f -> f.getSuggestedChange() == DesignChange.VNET_INJECTION).findFirst()
                .orElseThrow();
        view.select(List.of(vnet));

        assertThat(view.applySuggestedChange()).contains("virtual network");
        assertThat(editor.getActivePageInstance().getId()).isEqualTo("network");
        Object selected = ((IStructuredSelection) editor.getSite().getSelectionProvider().getSelection()).getFirstElement();
        assertThat(selected).isInstanceOf(AzureSsisIntegrationRuntime.class);
        assertThat(vnet.getStatus()).as("nothing is resolved until the architect changes the network").isEqualTo(FindingStatus.OPEN);
        Map<String, Integer> counts = view.chartCounts();
        assertThat(counts.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(view.shown().size());
    }

    private static String fragmentOf(DesignEditor editor, String runtimeName) {
        String[] found = new String[1];
        editor.plan().eAllContents().forEachRemaining(o -> {
            if (o instanceof AzureSsisIntegrationRuntime r && r.getName().equals(runtimeName)) {
                found[0] = r.eResource().getURIFragment(r);
            }
        });
        return found[0];
    }

    private Shell shell() {
        return page.getWorkbenchWindow().getShell();
    }

    private DesignEditor open(MigrationPlan plan) throws Exception {
        return TestDesigns.open(page, TestDesigns.save(project, "design.liftshift", plan));
    }
}
