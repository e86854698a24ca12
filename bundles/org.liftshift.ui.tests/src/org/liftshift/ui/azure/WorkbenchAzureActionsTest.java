package org.liftshift.ui.azure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liftshift.azure.deploy.AvailableSubscription;
import org.liftshift.azure.deploy.AzureSignIn;
import org.liftshift.azure.deploy.DeploymentAction;
import org.liftshift.model.target.SecretReference;
import org.liftshift.model.target.Subscription;
import org.liftshift.samples.ContosoSample;
import org.liftshift.testing.arm.LoopbackArm;
import org.liftshift.testing.arm.LoopbackAzure;
import org.liftshift.ui.ProjectTestCase;
import org.liftshift.ui.TestDesigns;
import org.liftshift.ui.Widgets;
import org.liftshift.ui.editor.DesignEditor;
import org.liftshift.ui.preferences.LiftshiftPreferences;
import org.liftshift.ui.report.WriteReportJob;

/**
 * Migration &gt; Deploy to Azure from the menu, its dialogs answered as an architect would (Azure
 * routed to a loopback server), and the review report with drift from Azure.
 */
class WorkbenchAzureActionsTest extends ProjectTestCase {

    @TempDir
    Path work;

    private LoopbackArm arm;
    private AzureAccess.Router previous;
    private boolean answering;
    private AzureSignIn.Cloud routedTo;

    WorkbenchAzureActionsTest() {
        super("AzureActions");
    }

    @BeforeEach
    void routeAzureToLoopback() throws Exception {
        arm = LoopbackArm.start(work);
        previous = AzureAccess.route((method, cloud) -> {
            routedTo = cloud;
            return subscription -> LoopbackAzure.connection(arm, subscription.getTenantId(), subscription.getSubscriptionId());
        });
    }

    @AfterEach
    void restore() throws Exception {
        answering = false;
        AzureAccess.route(previous);
        arm.close();
    }

    @Test
    void deployToAzureShowsThePreviewAsksForTheSecretsKeptNowhereAndDeploys() throws Exception {
        IFile file = TestDesigns.save(project, "contoso.liftshift", ContosoSample.build().plan);
        DesignEditor editor = TestDesigns.open(page, file);
        page.activate(editor);
        RecordedAzure.emptySubscription(arm);
        List<String> answered = answerDialogs(Display.getCurrent());

        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(DeployHandler.COMMAND_ID, null);

        assertThat(Widgets.waitFor(() -> Job.getJobManager().find(DeployJob.FAMILY).length == 0 && answered.size() >= 3, 90))
                .as("the deployment ends; answered %s", answered).isTrue();
        assertThat(answered).first().isEqualTo("preview");
        assertThat(answered).filteredOn("secret"::equals).hasSizeGreaterThanOrEqualTo(2);
        assertThat(arm.writes()).as("the design is deployed").isNotEmpty()
                .anyMatch(r -> r.method().equals("POST") && r.path().toLowerCase().endsWith("/start"));
        assertThat(arm.writes().stream().filter(r -> r.method().equals("PUT") && r.path().toLowerCase().contains("/integrationruntimes/ir-")))
                .as("the custom setup's SAS URI typed is sent to Azure").anyMatch(r -> r.body().contains("typed-secret"));
    }

    @Test
    void theReviewReportWithDriftChoosesTheSubscriptionStoresItAndListsWhatIsNotDeployed() throws Exception {
        IFile file = TestDesigns.save(project, "contoso.liftshift", RecordedAzure.sampleWithoutSubscriptionIds());
        DesignEditor editor = TestDesigns.open(page, file);
        RecordedAzure.emptySubscription(arm);
        DeploymentDialogs chooser = new DeploymentDialogs() {
            @Override
            public AvailableSubscription chooseSubscription(Subscription designed, List<AvailableSubscription> available) {
                return available.stream().filter(s -> s.subscriptionId().equals(RecordedAzure.SUBSCRIPTION)).findFirst().orElseThrow();
            }

            @Override
            public boolean confirm(String design, List<DeploymentAction> planned) {
                throw new AssertionError("a report deploys nothing");
            }

            @Override
            public String secret(SecretReference secret, String purpose) {
                throw new AssertionError("drift reads no secret");
            }
        };

        WriteReportJob job = new WriteReportJob(file, new WriteReportJob.AzureDrift(editor, AzureAccess.connector(), chooser));
        job.schedule();
        assertThat(Widgets.waitFor(() -> job.getResult() != null, 90)).isTrue();

        assertThat(job.getResult().isOK()).as(job.getResult().getMessage()).isTrue();
        assertThat(editor.plan().getTarget().getSubscriptions().get(0).getSubscriptionId()).isEqualTo(RecordedAzure.SUBSCRIPTION);
        assertThat(editor.isDirty()).isFalse();
        String html = Files.readString(WriteReportJob.folder(file).getFile("contoso-review.html").getLocation().toPath());
        assertThat(html).contains("Drift from Azure", "(not set)");
        assertThat(Files.readString(WriteReportJob.baseline(file).getLocation().toPath())).as("the baseline is the design as stored")
                .contains(RecordedAzure.SUBSCRIPTION);
        assertThat(arm.writes()).isEmpty();
    }

    @Test
    void theWorkbenchSignsInToTheCloudOfThePreferences() {
        IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(LiftshiftPreferences.QUALIFIER);
        try {
            AzureAccess.connector();
            assertThat(routedTo).as("the public cloud by default").isEqualTo(AzureSignIn.Cloud.AZURE);
            preferences.put(LiftshiftPreferences.AZURE_CLOUD, "usgov");
            AzureAccess.connector();
            assertThat(routedTo).isEqualTo(AzureSignIn.Cloud.USGOV);
        } finally {
            preferences.remove(LiftshiftPreferences.AZURE_CLOUD);
        }
    }

    /**
     * Answers the deployment's dialogs from timers, which run inside their modal loops: approves the
     * preview and types every secret.
     */
    private List<String> answerDialogs(Display display) {
        List<String> answered = new ArrayList<>();
        answering = true;
        Runnable[] tick = new Runnable[1];
        tick[0] = () -> {
            for (Shell shell : display.getShells()) {
                if (shell.isDisposed() || !shell.isVisible()) {
                    continue;
                }
                Button deploy = find(shell, Button.class, b -> b.getText().replace("&", "").equals("Deploy"));
                Text secret = find(shell, Text.class, t -> (t.getStyle() & SWT.PASSWORD) != 0);
                if (shell.getText().equals(Messages.Deploy_title) && deploy != null) {
                    answered.add("preview");
                    deploy.notifyListeners(SWT.Selection, null);
                } else if (shell.getText().equals(Messages.Secret_title) && secret != null) {
                    answered.add("secret");
                    secret.setText("typed-secret");
                    find(shell, Button.class, b -> b.getText().replace("&", "").equals("OK")).notifyListeners(SWT.Selection, null);
                }
            }
            if (answering) {
                display.timerExec(100, tick[0]);
            }
        };
        display.timerExec(100, tick[0]);
        return answered;
    }

    private static <T extends Control> T find(Control control, Class<T> type, java.util.function.Predicate<T> matches) {
        if (type.isInstance(control) && matches.test(type.cast(control))) {
            return type.cast(control);
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                T found = find(child, type, matches);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
