package org.liftshift.azure.deploy;

import java.util.ArrayList;
import java.util.List;

import org.liftshift.azure.arm.ArmJson;
import org.liftshift.azure.arm.IntegrationRuntimeDefinitions;
import org.liftshift.azure.deploy.JsonDifferences.Difference;
import org.liftshift.model.target.AzureSsisIntegrationRuntime;

import com.azure.resourcemanager.datafactory.fluent.models.IntegrationRuntimeResourceInner;

/**
 * Whether what runs in Azure still matches the design: reads the deployed factory and integration
 * runtime (GET requests only) and lists every value of the design that Azure has otherwise, or what
 * is missing altogether. Secrets are neither read nor compared.
 */
public final class RuntimeDrift {

    /** One difference of one runtime: where, the JSON path (or what is missing), and both values. */
    public record Drift(String runtime, String resourceId, String path, Object design, Object azure) {
        @Override
        public String toString() {
            return resourceId + " " + path + ": design " + design + ", Azure " + (azure == null ? "(not set)" : azure);
        }
    }

    private final FactoryReads reads;

    public RuntimeDrift(AzureConnection connection) {
        this.reads = new FactoryReads(connection);
    }

    public List<Drift> of(AzureSsisIntegrationRuntime runtime) {
        FactoryTarget target = FactoryTarget.of(runtime);
        List<Drift> drifts = new ArrayList<>();
        if (reads.factory(target) == null) {
            drifts.add(new Drift(runtime.getName(), target.factoryId(), "(factory)", "exists", null));
            return drifts;
        }
        IntegrationRuntimeResourceInner deployed = reads.runtime(target);
        if (deployed == null) {
            drifts.add(new Drift(runtime.getName(), target.runtimeId(), "(integration runtime)", "exists", null));
            return drifts;
        }
        // secrets are never read back; any placeholder serves, since SecureString values are not compared
        String design = ArmJson.write(IntegrationRuntimeDefinitions.of(runtime, (secret, purpose) -> ""));
        for (Difference difference : JsonDifferences.between(design, ArmJson.write(deployed.properties()))) {
            drifts.add(new Drift(runtime.getName(), target.runtimeId(), difference.path(), difference.design(), difference.azure()));
        }
        return drifts;
    }
}
