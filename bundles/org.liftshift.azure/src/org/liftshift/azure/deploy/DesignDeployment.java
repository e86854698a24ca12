package org.liftshift.azure.deploy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.liftshift.azure.arm.IntegrationRuntimeDefinitions;
import org.liftshift.azure.deploy.RuntimeDrift.Drift;
import org.liftshift.model.navigation.DesignNavigation;
import org.liftshift.model.plan.MigrationPlan;
import org.liftshift.model.target.AzureSsisIntegrationRuntime;
import org.liftshift.model.target.Subscription;

/**
 * A whole design in Azure: for every integration runtime, its NSG rules first, then its factory and
 * the IR itself; and the drift of every IR. One connection per subscription, made when first needed.
 */
public final class DesignDeployment {

    private final Function<Subscription, AzureConnection> connector;
    private final Map<Subscription, AzureConnection> connections = new HashMap<>();

    /** @param connector signs in to a subscription of the design */
    public DesignDeployment(Function<Subscription, AzureConnection> connector) {
        this.connector = connector;
    }

    /** What a deployment would change, reading only; no secret is asked for, since secrets are not compared. */
    public List<DeploymentAction> plan(MigrationPlan plan) {
        List<DeploymentAction> actions = new ArrayList<>();
        for (AzureSsisIntegrationRuntime runtime : DesignNavigation.runtimes(plan)) {
            AzureConnection connection = connection(runtime);
            actions.addAll(new SecurityRuleDeployment(connection).plan(runtime));
            actions.addAll(new RuntimeDeployment(connection, (secret, purpose) -> "").plan(runtime));
        }
        return actions;
    }

    /**
     * Deploys every runtime in design order. Every secret is read (or asked for) before the first
     * write, so that a missing one stops the deployment with nothing changed
     * ({@link SecretUnavailableException}); stops at the first refusal ({@link DeploymentException}).
     */
    public List<DeploymentAction> apply(MigrationPlan plan, DeploymentSecrets secrets, IProgressMonitor monitor) {
        List<AzureSsisIntegrationRuntime> runtimes = DesignNavigation.runtimes(plan);
        SubMonitor progress = SubMonitor.convert(monitor, "Deploying " + plan.getName(), 1 + 2 * runtimes.size());
        progress.subTask("Reading secrets");
        for (AzureSsisIntegrationRuntime runtime : runtimes) {
            IntegrationRuntimeDefinitions.of(runtime, secrets.through(connection(runtime)));
        }
        progress.worked(1);
        List<DeploymentAction> done = new ArrayList<>();
        for (AzureSsisIntegrationRuntime runtime : runtimes) {
            AzureConnection connection = connection(runtime);
            try {
                done.addAll(new SecurityRuleDeployment(connection).apply(runtime, progress.split(1)));
                done.addAll(new RuntimeDeployment(connection, secrets.through(connection)).apply(runtime, progress.split(1)));
            } catch (DeploymentException e) {
                throw e.of(runtime);
            }
        }
        return done;
    }

    /** Every difference between the design and what runs in Azure, reading only. */
    public List<Drift> drift(MigrationPlan plan) {
        List<Drift> drift = new ArrayList<>();
        for (AzureSsisIntegrationRuntime runtime : DesignNavigation.runtimes(plan)) {
            drift.addAll(new RuntimeDrift(connection(runtime)).of(runtime));
        }
        return drift;
    }

    private AzureConnection connection(AzureSsisIntegrationRuntime runtime) {
        return connections.computeIfAbsent(DesignNavigation.subscriptionOf(DesignNavigation.factoryOf(runtime)), connector);
    }
}
