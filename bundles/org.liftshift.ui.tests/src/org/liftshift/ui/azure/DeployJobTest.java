package org.liftshift.ui.azure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liftshift.azure.deploy.AvailableSubscription;
import org.liftshift.azure.deploy.DeploymentAction;
import org.liftshift.azure.deploy.DeploymentAction.Kind;
import org.liftshift.model.navigation.DesignNavigation;
import org.liftshift.model.persistence.MigrationFiles;
import org.liftshift.model.plan.MigrationPlan;
import org.liftshift.model.target.SecretReference;
import org.liftshift.model.target.Subscription;
import org.liftshift.model.target.TargetPackage;
import org.liftshift.samples.ContosoSample;
import org.liftshift.testing.TestSecureStorage;
import org.liftshift.testing.arm.LoopbackArm;
import org.liftshift.testing.arm.LoopbackArm.Response;
import org.liftshift.testing.arm.LoopbackAzure;
import org.liftshift.ui.ProjectTestCase;
import org.liftshift.ui.TestDesigns;
import org.liftshift.ui.Widgets;
import org.liftshift.ui.editor.DesignEditor;
import org.liftshift.ui.problems.DesignMarkers;

/**
 * A workbench deployment of the sample against a loopback Azure Resource Manager, the architect's
 * answers given by the test: the subscription chosen and stored through the editor, the preview, the
 * secrets asked for, and Azure's refusal as a marker.
 */
class DeployJobTest extends ProjectTestCase {

    @TempDir
    Path work;

    private LoopbackArm arm;
    private ISecurePreferences storage;
    private final Answers answers = new Answers();

    DeployJobTest() {
        super("Deploy");
    }

    @BeforeEach
    void startArm() throws Exception {
        arm = LoopbackArm.start(work);
        storage = TestSecureStorage.open(work.resolve("secure_storage"));
    }

    @AfterEach
    void stopArm() throws Exception {
        arm.close();
    }

    @Test
    void aSubscriptionNamedOnlyByDisplayNameIsChosenStoredThroughTheEditorAndTheDesignDeployed() throws Exception {
        MigrationPlan plan = RecordedAzure.sampleWithoutSubscriptionIds();
        IFile file = TestDesigns.save(project, "contoso.liftshift", plan);
        DesignEditor editor = TestDesigns.open(page, file);
        RecordedAzure.emptySubscription(arm);

        DeployJob job = run(file, editor);

        assertThat(job.getResult().getSeverity()).as(job.getResult().getMessage()).isEqualTo(IStatus.INFO);
        assertThat(answers.offered).extracting(AvailableSubscription::displayName).containsExactly("Contoso Test", "Contoso Production");
        Subscription inEditor = editor.plan().getTarget().getSubscriptions().get(0);
        assertThat(inEditor.getSubscriptionId()).isEqualTo(RecordedAzure.SUBSCRIPTION);
        assertThat(inEditor.getTenantId()).isEqualTo(RecordedAzure.TENANT);
        assertThat(editor.isDirty()).as("the choice is saved").isFalse();
        assertThat(editor.getEditingDomain().getCommandStack().getUndoCommand().getLabel()).isEqualTo(Messages.Subscription_command);
        assertThat(MigrationFiles.load(file.getLocation().toPath()).getTarget().getSubscriptions().get(0).getSubscriptionId())
                .isEqualTo(RecordedAzure.SUBSCRIPTION);
        assertThat(Files.readString(file.getLocation().toPath())).doesNotContain(LoopbackAzure.TOKEN, "from the vault", "typed");

        int runtimes = DesignNavigation.runtimes(plan).size();
        assertThat(answers.previewed).as("the preview is what was then done").isEqualTo(job.done());
        assertThat(job.done()).filteredOn(a -> a.kind() == Kind.CREATE_RUNTIME).hasSize(runtimes);
        assertThat(job.done()).filteredOn(a -> a.kind() == Kind.START_RUNTIME).hasSize(runtimes);
        assertThat(job.done()).extracting(DeploymentAction::kind).contains(Kind.CREATE_SECURITY_RULE, Kind.CREATE_FACTORY,
                Kind.CREATE_CREDENTIAL, Kind.CREATE_SELF_HOSTED_RUNTIME);
        assertThat(arm.writes()).allMatch(r -> r.path().startsWith("/subscriptions/" + RecordedAzure.SUBSCRIPTION + "/"));
        assertThat(answers.askedSecrets).as("the vault's secret is read; secure storage holds neither setup secret yet")
                .containsExactlyInAnyOrder("customSetupContainerSasUri", "expressSetup1Password");
    }

    @Test
    void editsMadeMeanwhileAreNotSavedForTheArchitectTheChoiceWaitsWithThemInTheEditor() throws Exception {
        IFile file = TestDesigns.save(project, "contoso.liftshift", RecordedAzure.sampleWithoutSubscriptionIds());
        DesignEditor editor = TestDesigns.open(page, file);
        var runtime = DesignNavigation.runtimes(editor.plan()).get(0);
        editor.getEditingDomain().getCommandStack().execute(SetCommand.create(editor.getEditingDomain(),
                runtime, TargetPackage.Literals.AZURE_SSIS_INTEGRATION_RUNTIME__NODE_COUNT, 7));
        assertThat(editor.isDirty()).isTrue();
        RecordedAzure.emptySubscription(arm);
        answers.approve = false;

        DeployJob job = run(file, editor);

        assertThat(job.getResult().getSeverity()).isEqualTo(IStatus.CANCEL);
        assertThat(editor.isDirty()).as("the architect's edit is not saved for them").isTrue();
        assertThat(runtime.getNodeCount()).isEqualTo(7);
        assertThat(editor.plan().getTarget().getSubscriptions().get(0).getSubscriptionId()).isEqualTo(RecordedAzure.SUBSCRIPTION);
        assertThat(MigrationFiles.load(file.getLocation().toPath()).getTarget().getSubscriptions().get(0).getSubscriptionId())
                .as("the file is as the architect last saved it").isNull();
    }

    @Test
    void aLockedResourceGroupLeavesAMarkerWithNet3ThatOpensTheRuntimeAndTheNextDeploymentClearsIt() throws Exception {
        IFile file = TestDesigns.save(project, "contoso.liftshift", ContosoSample.build().plan);
        arm.on("PUT", ".*", Response.json(409, "{\"error\":{\"code\":\"ScopeLocked\",\"message\":\"The scope cannot perform write"
                + " operation because following scope(s) are locked.\"}}"));
        RecordedAzure.emptySubscription(arm);

        DeployJob job = run(file, null);

        assertThat(job.getResult().getSeverity()).isEqualTo(IStatus.ERROR);
        assertThat(job.getResult().getMessage()).contains("are locked", "[NET-3]");
        IMarker[] markers = file.findMarkers(DeploymentMarkers.TYPE, false, IResource.DEPTH_ZERO);
        assertThat(markers).singleElement().satisfies(marker -> {
            assertThat(marker.getAttribute(DesignMarkers.RULE_ID, "")).isEqualTo("NET-3");
            assertThat(marker.getAttribute(IMarker.MESSAGE, "")).contains("Remove the lock");
            MigrationPlan saved = MigrationFiles.load(file.getLocation().toPath());
            assertThat(marker.getAttribute(DesignMarkers.OBJECT, "")).isEqualTo(EcoreUtil.getURI(DesignNavigation.runtimes(saved).get(0))
                    .fragment());
        });
        assertThat(arm.writes()).as("nothing after the refusal").hasSize(1);

        answers.approve = false;
        DeployJob declined = run(file, null);
        assertThat(declined.getResult().getSeverity()).isEqualTo(IStatus.CANCEL);
        assertThat(file.findMarkers(DeploymentMarkers.TYPE, false, IResource.DEPTH_ZERO)).as("a new deployment starts afresh").isEmpty();
        assertThat(arm.writes()).as("a declined preview writes nothing").hasSize(1);
    }

    @Test
    void cancellingTheJobStopsWaitingForAzureAndSaysTheStepsSentGoOn() throws Exception {
        IFile file = TestDesigns.save(project, "contoso.liftshift", ContosoSample.build().plan);
        String operation = "{base}subscriptions/" + RecordedAzure.SUBSCRIPTION + "/providers/Microsoft.DataFactory/locations/westeurope/"
                + "operationResults/start-1";
        arm.on("POST", "(?i).*/start", new Response(202, Map.of("Azure-AsyncOperation", operation + "?api-version=2018-06-01",
                "Location", operation + "?api-version=2018-06-01", "Retry-After", "0"), ""));
        arm.on("GET", "(?i).*/operationResults/start-1", Response.json(200, "{\"status\":\"InProgress\"}").withHeader("Retry-After", "0"));
        RecordedAzure.emptySubscription(arm);
        DeployJob job = new DeployJob(file, null, subscription -> LoopbackAzure.connection(arm, subscription.getTenantId(),
                subscription.getSubscriptionId()), answers, storage);
        job.schedule();

        assertThat(Widgets.waitFor(() -> arm.requests().stream().anyMatch(r -> r.path().contains("operationResults/start-1")), 60))
                .as("Azure is starting the first runtime").isTrue();
        job.cancel();
        assertThat(Widgets.waitFor(() -> job.getResult() != null, 30)).as("the job ends when cancelled").isTrue();

        assertThat(job.getResult().getSeverity()).isEqualTo(IStatus.CANCEL);
        assertThat(job.getResult().getMessage()).isEqualTo(Messages.Deploy_cancelled);
        assertThat(arm.writes().stream().filter(r -> r.path().toLowerCase().endsWith("/start"))).as("no other runtime is started")
                .hasSize(1);
    }

    private DeployJob run(IFile file, DesignEditor editor) {
        DeployJob job = new DeployJob(file, editor, subscription -> LoopbackAzure.connection(arm, subscription.getTenantId(),
                subscription.getSubscriptionId()), answers, storage);
        job.schedule();
        assertThat(Widgets.waitFor(() -> job.getResult() != null, 90)).as("the deployment ends").isTrue();
        return job;
    }

    /** The architect: picks the subscription the design names, approves the preview, types each secret. */
    private static final class Answers implements DeploymentDialogs {
        final List<AvailableSubscription> offered = new ArrayList<>();
        final List<String> askedSecrets = new ArrayList<>();
        List<DeploymentAction> previewed;
        boolean approve = true;

        @Override
        public AvailableSubscription chooseSubscription(Subscription designed, List<AvailableSubscription> available) {
            offered.addAll(available);
            return available.stream().filter(s -> s.displayName().equals(designed.getName())).findFirst().orElse(null);
        }

        @Override
        public boolean confirm(String design, List<DeploymentAction> planned) {
            previewed = planned;
            return approve;
        }

        @Override
        public String secret(SecretReference secret, String purpose) {
            askedSecrets.add(purpose);
            return "typed " + purpose;
        }
    }
}
