package org.liftshift.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.liftshift.model.estate.AgentJob;
import org.liftshift.model.persistence.MigrationFiles;
import org.liftshift.model.plan.AssessmentFinding;
import org.liftshift.model.plan.DesignChange;
import org.liftshift.model.plan.FindingStatus;
import org.liftshift.model.plan.MigrationPlan;
import org.liftshift.model.plan.PlanFactory;
import org.liftshift.model.plan.Severity;
import org.liftshift.samples.ContosoSample;
import org.liftshift.samples.ViolationsSample;
import org.liftshift.ui.editor.DesignEditor;

/** The guided pages of the design editor, driven through their widgets on the Contoso designs. */
class DesignPagesTest extends ProjectTestCase {


    DesignPagesTest() {
        super("Pages");
    }

    @Test
    void everyPageOpensAndIsSavedAsAScreenshot() throws Exception {
        DesignEditor editor = open(save("contoso.liftshift", ContosoSample.build().plan));
        for (String id : new String[] { "overview", "runtime", "catalog", "network", "bcdr", "setup" }) {
            editor.setActivePage(id);
            Widgets.drain();
            assertThat(editor.getActivePageInstance().getId()).isEqualTo(id);
            Screens.save(shell(), "design-editor-" + id + ".png");
        }
        editor.setActivePage("overview");
        assertThat(Widgets.find(shell(), "overview.summary", Label.class).getText()).contains("Azure-SSIS integration runtimes")
                .contains("with a BCDR design");
        Widgets.find(shell(), "overview.link.network", org.eclipse.ui.forms.widgets.Hyperlink.class)
                .notifyListeners(org.eclipse.swt.SWT.KeyDown, enter());
        Widgets.drain();
        assertThat(editor.getActivePageInstance().getId()).isEqualTo("network");
    }

    @Test
    void theNetworkPageListsRequiredRulesAndItsQuickFixAddsTheMissingOnes() throws Exception {
        DesignEditor editor = open(save("violations.liftshift", ViolationsSample.build()));
        editor.setActivePage("network");
        Label problems = Widgets.find(shell(), "ir-ssis-fin-weu.problems", Label.class);
        Table required = Widgets.find(shell(), "ir-ssis-fin-weu.requiredRules", Table.class);
        assertThat(problems.getText()).contains("[NET-10]");
        assertThat(Arrays.stream(required.getItems()).map(i -> i.getText(0))).contains("NO");
        Screens.save(shell(), "design-editor-network-net10.png");

        Widgets.click(Widgets.find(shell(), "ir-ssis-fin-weu.addMissingRules", Button.class));
        assertThat(Widgets.waitFor(() -> !Widgets.find(shell(), "ir-ssis-fin-weu.problems", Label.class).getText().contains("[NET-10]"), 5))
                .as("NET-10 fixed: %s", Widgets.find(shell(), "ir-ssis-fin-weu.problems", Label.class).getText()).isTrue();

        Table requiredAfter = Widgets.find(shell(), "ir-ssis-fin-weu.requiredRules", Table.class);
        assertThat(Arrays.stream(requiredAfter.getItems()).map(i -> i.getText(0))).containsOnly("yes");
        assertThat(Arrays.stream(Widgets.find(shell(), "ir-ssis-fin-weu.declaredRules", Table.class).getItems()).map(i -> i.getText(1)))
                .contains("Liftshift-BatchNodeManagement");
        assertThat(editor.isDirty()).isTrue();

        undo();
        Label problemsAfterUndo = Widgets.find(shell(), "ir-ssis-fin-weu.problems", Label.class);
        assertThat(Widgets.waitFor(() -> problemsAfterUndo.getText().contains("[NET-10]"), 5)).as("undo brings NET-10 back").isTrue();
    }

    @Test
    void joiningAVirtualNetworkShowsTheSubnetPickerAndUndoRemovesIt() throws Exception {
        DesignEditor editor = open(save("contoso.liftshift", ContosoSample.build().plan));
        editor.setActivePage("network");
        Widgets.click(Widgets.find(shell(), "ir-ssis-sales.vnetInjection", Button.class));

        Combo subnet = Widgets.find(shell(), "ir-ssis-sales.subnet", Combo.class);
        assertThat(subnet.getItems()).anyMatch(item -> item.contains("/ ") && item.contains("free"));
        subnet.select(0);
        subnet.notifyListeners(org.eclipse.swt.SWT.Selection, null);
        assertThat(Widgets.waitFor(() -> Widgets.find(shell(), "ir-ssis-sales.subnetCapacity", Label.class).getText()
                .contains("free addresses"), 5)).as("the capacity of the chosen subnet is shown").isTrue();
        org.liftshift.model.target.AzureSsisIntegrationRuntime sales = org.liftshift.model.navigation.DesignNavigation
                .runtimes(editor.plan()).stream().filter(r -> r.getName().equals("ir-ssis-sales")).findFirst().orElseThrow();
        java.util.Optional<org.liftshift.model.target.Subnet> better = org.liftshift.validate.SubnetFit.better(editor.plan(), sales);
        Button pick = Widgets.find(shell(), "ir-ssis-sales.pickSubnet", Button.class);
        assertThat(pick.isEnabled()).as("the quick fix is offered exactly when a better subnet exists").isEqualTo(better.isPresent());
        if (better.isPresent()) {
            Widgets.click(pick);
            assertThat(sales.getVnetInjection().getSubnet()).isSameAs(better.get());
            undo();
        }

        undo();
        undo();
        assertThat(Widgets.waitFor(() -> !Widgets.find(shell(), "ir-ssis-sales.vnetInjection", Button.class).getSelection(), 5)).isTrue();
        assertThat(editor.isDirty()).isFalse();
    }

    @Test
    void theCapacityHelperSizesTheRuntimeForItsPeak() throws Exception {
        ContosoSample contoso = ContosoSample.build();
        AgentJob at0300 = contoso.plan.getEstate().getInstances().get(0).getJobs().stream()
                .filter(j -> j.getName().equals("Sales - customers and products")).findFirst().orElseThrow();
        for (int i = 0; i < 9; i++) {
            AgentJob copy = EcoreUtil.copy(at0300);
            copy.setName("Sales - extract " + i);
            contoso.plan.getEstate().getInstances().get(0).getJobs().add(copy);
        }
        DesignEditor editor = open(save("busy.liftshift", contoso.plan));
        editor.setActivePage("runtime");
        Label capacity = Widgets.find(shell(), "ir-ssis-sales.capacity", Label.class);
        assertThat(capacity.getText()).contains("10 jobs start together at 03:00").contains("would wait");
        assertThat(Widgets.find(shell(), "ir-ssis-sales.problems", Label.class).getText()).contains("[OPS-2]");
        Screens.save(shell(), "design-editor-runtime-capacity.png");

        Widgets.click(Widgets.find(shell(), "ir-ssis-sales.sizeForPeak", Button.class));

        // the spinner follows the command on the next refresh, which a loaded machine may run late
        Spinner nodes = Widgets.find(shell(), "ir-ssis-sales.nodeCount", Spinner.class);
        assertThat(Widgets.waitFor(() -> nodes.getSelection() == 5, 5)).as("node count after sizing: %s", nodes.getSelection()).isTrue();
        assertThat(Widgets.waitFor(() -> capacity.getText().contains("within capacity"), 5)).isTrue();
        assertThat(Widgets.find(shell(), "ir-ssis-sales.problems", Label.class).getText()).doesNotContain("[OPS-2]");
    }

    @Test
    void packagesNeedingEnterpriseOfferTheSwitch() throws Exception {
        ContosoSample contoso = ContosoSample.build();
        AssessmentFinding finding = PlanFactory.eINSTANCE.createAssessmentFinding();
        finding.setRuleId("2001");
        finding.setSeverity(Severity.ERROR);
        finding.setStatus(FindingStatus.OPEN);
        finding.setSuggestedChange(DesignChange.ENTERPRISE_EDITION);
        finding.setEvidence("Task Microsoft.CDCControlTask");
        finding.setSubject(contoso.salesProject.getPackages().get(0));
        contoso.plan.getFindings().add(finding);
        DesignEditor editor = open(save("enterprise.liftshift", contoso.plan));
        editor.setActivePage("runtime");
        assertThat(Widgets.find(shell(), "ir-ssis-sales.enterpriseNeeds", Label.class).getText()).contains("1 findings (2001)");
        Button switchEdition = Widgets.find(shell(), "ir-ssis-sales.switchToEnterprise", Button.class);
        assertThat(switchEdition.isEnabled()).isTrue();
        assertThat(Widgets.find(shell(), "ir-ssis-fin-weu.switchToEnterprise", Button.class).isEnabled())
                .as("no finding concerns the Finance IR").isFalse();

        Widgets.click(switchEdition);

        assertThat(Widgets.find(shell(), "ir-ssis-sales.edition", Combo.class).getText()).isEqualTo("Enterprise");
        assertThat(Widgets.find(shell(), "ir-ssis-sales.switchToEnterprise", Button.class).isEnabled()).isFalse();
    }

    @Test
    void aNewRuntimeTakesTheDefaultsOfThePreferences() throws Exception {
        org.eclipse.core.runtime.preferences.IEclipsePreferences preferences = org.eclipse.core.runtime.preferences.InstanceScope.INSTANCE
                .getNode(org.liftshift.ui.preferences.LiftshiftPreferences.QUALIFIER);
        preferences.put(org.liftshift.ui.preferences.LiftshiftPreferences.DEFAULT_REGION, "northeurope");
        preferences.put(org.liftshift.ui.preferences.LiftshiftPreferences.NAMING_CONVENTION, "{1}-{0}-{2}");
        preferences.put(org.liftshift.ui.preferences.LiftshiftPreferences.DEFAULT_NODE_SIZE, "Standard_E4_v3");
        try {
            DesignEditor editor = open(save("fabrikam.liftshift", MigrationFiles.newPlan("Fabrikam Retail")));
            editor.setActivePage("runtime");

            Widgets.click(Widgets.find(shell(), "runtime.add", Button.class));

            assertThat(Widgets.waitFor(() -> Widgets.find(shell(), "fabrikam-retail-ir-northeurope.nodeSize", Combo.class)
                    .getText().startsWith("Standard_E4_v3"), 5)).as("the new IR's fields, named by the convention").isTrue();
            assertThat(editor.plan().getTarget().getSubscriptions()).singleElement()
                    .satisfies(s -> assertThat(s.getResourceGroups().get(0).getName()).isEqualTo("fabrikam-retail-rg-northeurope"));
            assertThat(Widgets.find(shell(), "overview.readiness", Label.class).getText()).contains("no errors");
            undo();
            assertThat(editor.plan().getTarget().getSubscriptions()).as("one undo removes it all").isEmpty();
        } finally {
            preferences.clear();
        }
    }

    @Test
    void theBcdrScenarioFollowsTheOrchestrationChoice() throws Exception {
        DesignEditor editor = open(save("contoso.liftshift", ContosoSample.build().plan));
        editor.setActivePage("bcdr");
        Label scenario = Widgets.find(shell(), "bcdr.scenario", Label.class);
        assertThat(scenario.getText()).contains("Failover group").contains("becomes the read-write SSISDB host");
        Combo orchestration = Widgets.find(shell(), "bcdr.orchestration", Combo.class);

        orchestration.select(orchestration.indexOf("ADF_PIPELINE"));
        orchestration.notifyListeners(org.eclipse.swt.SWT.Selection, null);

        assertThat(Widgets.waitFor(() -> scenario.getText().contains("triggers in factory"), 5)).isTrue();
        Screens.save(shell(), "design-editor-bcdr-adf.png");
    }

    /** Enter on a focused hyperlink activates it, as a click does. */
    private static org.eclipse.swt.widgets.Event enter() {
        org.eclipse.swt.widgets.Event event = new org.eclipse.swt.widgets.Event();
        event.character = '\r';
        return event;
    }

    private void undo() throws Exception {
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(IWorkbenchCommandConstants.EDIT_UNDO, null);
        Widgets.drain();
    }

    private Shell shell() {
        return page.getWorkbenchWindow().getShell();
    }

    private IFile save(String name, MigrationPlan plan) throws Exception {
        return TestDesigns.save(project, name, plan);
    }

    private DesignEditor open(IFile file) throws Exception {
        return TestDesigns.open(page, file);
    }
}
