package org.liftshift.azure.deploy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.liftshift.azure.arm.ArmJson;
import org.liftshift.azure.arm.IntegrationRuntimeDefinitions;
import org.liftshift.azure.arm.SecretValues;
import org.liftshift.azure.deploy.DeploymentAction.Kind;
import org.liftshift.azure.deploy.JsonDifferences.Difference;
import org.liftshift.model.target.AzureSsisIntegrationRuntime;

import com.azure.core.management.exception.ManagementException;
import com.azure.core.util.Context;
import com.azure.core.util.polling.LongRunningOperationStatus;
import com.azure.core.util.polling.PollResponse;
import com.azure.core.util.polling.SyncPoller;
import com.azure.resourcemanager.datafactory.fluent.models.FactoryInner;
import com.azure.resourcemanager.datafactory.fluent.models.IntegrationRuntimeResourceInner;
import com.azure.resourcemanager.datafactory.models.FactoryIdentity;
import com.azure.resourcemanager.datafactory.models.FactoryIdentityType;
import com.azure.resourcemanager.datafactory.models.IntegrationRuntimeState;
import com.azure.resourcemanager.datafactory.models.ManagedIntegrationRuntime;

/**
 * Deploys one Azure-SSIS integration runtime of a design with the Azure SDK: creates its data factory
 * when missing, creates or updates the IR with every property of the design (stopping it first when
 * it runs, as Azure requires), and starts it. {@link #plan} reads only; {@link #apply} makes the
 * planned changes, polling the long-running start and stop with progress and stopping the wait when
 * cancelled (Azure finishes the operation on its own).
 */
public final class RuntimeDeployment {

    private final AzureConnection connection;
    private final SecretValues secrets;
    private final FactoryReads reads;
    private final RuntimeDependencies dependencies;

    public RuntimeDeployment(AzureConnection connection, SecretValues secrets) {
        this.connection = connection;
        this.secrets = secrets;
        this.reads = new FactoryReads(connection);
        this.dependencies = new RuntimeDependencies(reads);
    }

    /**
     * What a deployment of the runtime would change, from GET requests only. When a linked service
     * the runtime refers to is missing, the plan ends with {@link Kind#REQUIRE_LINKED_SERVICE} before
     * the runtime: Azure would refuse the runtime's definition.
     */
    public List<DeploymentAction> plan(AzureSsisIntegrationRuntime runtime) {
        FactoryTarget target = FactoryTarget.of(runtime);
        List<DeploymentAction> actions = new ArrayList<>();
        boolean factoryExists = reads.factory(target) != null;
        if (!factoryExists) {
            actions.add(new DeploymentAction(Kind.CREATE_FACTORY, target.factoryId(), "the factory does not exist"));
        }
        actions.addAll(dependencies.plan(runtime, target, factoryExists));
        if (actions.stream().anyMatch(action -> action.kind() == Kind.REQUIRE_LINKED_SERVICE)) {
            return actions;
        }
        IntegrationRuntimeResourceInner current = factoryExists ? reads.runtime(target) : null;
        if (current == null) {
            actions.add(new DeploymentAction(Kind.CREATE_RUNTIME, target.runtimeId(), "the integration runtime does not exist"));
            actions.add(new DeploymentAction(Kind.START_RUNTIME, target.runtimeId(), "it is new"));
            return actions;
        }
        List<Difference> differences = JsonDifferences.between(ArmJson.write(definition(runtime)), ArmJson.write(current.properties()));
        IntegrationRuntimeState state = reads.state(target);
        boolean running = state == IntegrationRuntimeState.STARTED || state == IntegrationRuntimeState.STARTING;
        if (!differences.isEmpty()) {
            if (running) {
                actions.add(new DeploymentAction(Kind.STOP_RUNTIME, target.runtimeId(), "a running IR cannot be updated"));
            }
            actions.add(new DeploymentAction(Kind.UPDATE_RUNTIME, target.runtimeId(), differences.stream().map(Difference::toString)
                    .reduce((a, b) -> a + "; " + b).orElse("")));
        }
        if (!running || !differences.isEmpty()) {
            actions.add(new DeploymentAction(Kind.START_RUNTIME, target.runtimeId(), running ? "it was stopped for the update"
                    : "it is " + (state == null ? "not started" : state.toString().toLowerCase(java.util.Locale.ROOT))));
        }
        return actions;
    }

    /**
     * Makes the planned changes in order.
     *
     * @return the actions made
     * @throws OperationCanceledException when the monitor is cancelled; actions made so far stay made
     * @throws DeploymentException when Azure refuses a step, or a linked service the runtime refers to is
     *             missing (after creating what comes before it: the factory, the credential)
     */
    public List<DeploymentAction> apply(AzureSsisIntegrationRuntime runtime, IProgressMonitor monitor) {
        List<DeploymentAction> actions = plan(runtime);
        SubMonitor progress = SubMonitor.convert(monitor, "Deploying " + runtime.getName(), actions.size());
        FactoryTarget target = FactoryTarget.of(runtime);
        List<DeploymentAction> missing = actions.stream().filter(action -> action.kind() == Kind.REQUIRE_LINKED_SERVICE).toList();
        for (DeploymentAction action : actions) {
            if (action.kind() == Kind.REQUIRE_LINKED_SERVICE) {
                throw DeploymentException.missingReferences(missing);
            }
            progress.subTask(action.kind().text() + " " + action.resourceId());
            SubMonitor step = progress.split(1);
            try {
                perform(action, runtime, target, step);
            } catch (ManagementException e) {
                throw DeploymentException.refused(action, e);
            }
        }
        return actions;
    }

    private void perform(DeploymentAction action, AzureSsisIntegrationRuntime runtime, FactoryTarget target, SubMonitor step) {
        switch (action.kind()) {
            case CREATE_CREDENTIAL, UPDATE_CREDENTIAL, CREATE_SELF_HOSTED_RUNTIME -> dependencies.perform(action, runtime, target);
            case REQUIRE_LINKED_SERVICE -> throw new IllegalStateException("not a write");
            case CREATE_SECURITY_RULE, UPDATE_SECURITY_RULE -> throw new IllegalArgumentException("written by SecurityRuleDeployment");
            case CREATE_FACTORY -> reads.client().serviceClient().getFactories().createOrUpdateWithResponse(target.group(), target.factory(),
                    new FactoryInner().withLocation(target.factoryRegion())
                            .withIdentity(new FactoryIdentity().withType(FactoryIdentityType.SYSTEM_ASSIGNED)),
                    null, Context.NONE);
            case STOP_RUNTIME -> await(reads.client().serviceClient().getIntegrationRuntimes().beginStop(target.group(), target.factory(),
                    target.runtime(), Context.NONE), step);
            case CREATE_RUNTIME, UPDATE_RUNTIME -> reads.client().serviceClient().getIntegrationRuntimes().createOrUpdateWithResponse(
                    target.group(), target.factory(), target.runtime(),
                    new IntegrationRuntimeResourceInner().withProperties(definition(runtime)), null, Context.NONE);
            case START_RUNTIME -> await(reads.client().serviceClient().getIntegrationRuntimes().beginStart(target.group(),
                    target.factory(), target.runtime(), Context.NONE), step);
        }
    }

    private ManagedIntegrationRuntime definition(AzureSsisIntegrationRuntime runtime) {
        return IntegrationRuntimeDefinitions.of(runtime, secrets);
    }

    /** Polls until the operation ends, at the interval Azure asks for (Retry-After) or the connection's. */
    private void await(SyncPoller<?, ?> poller, SubMonitor monitor) {
        PollResponse<?> response = poller.poll();
        while (!response.getStatus().isComplete()) {
            if (monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            monitor.setWorkRemaining(100).worked(1);
            Duration wait = response.getRetryAfter() != null ? response.getRetryAfter() : connection.pollInterval();
            try {
                Thread.sleep(wait.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new OperationCanceledException();
            }
            response = poller.poll();
        }
        if (response.getStatus() != LongRunningOperationStatus.SUCCESSFULLY_COMPLETED) {
            throw new IllegalStateException("The operation ended in Azure as " + response.getStatus());
        }
    }

}
