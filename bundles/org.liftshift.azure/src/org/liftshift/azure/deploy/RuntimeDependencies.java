package org.liftshift.azure.deploy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.liftshift.azure.arm.IntegrationRuntimeDefinitions;
import org.liftshift.azure.deploy.DeploymentAction.Kind;
import org.liftshift.model.navigation.AzureResources;
import org.liftshift.model.target.AzureSsisIntegrationRuntime;
import org.liftshift.model.target.LinkedService;
import org.liftshift.model.target.PackageStore;

import com.azure.core.util.Context;
import com.azure.resourcemanager.datafactory.fluent.models.CredentialResourceInner;
import com.azure.resourcemanager.datafactory.fluent.models.IntegrationRuntimeResourceInner;
import com.azure.resourcemanager.datafactory.models.ManagedIdentityCredential;
import com.azure.resourcemanager.datafactory.models.SelfHostedIntegrationRuntime;

/**
 * What an Azure-SSIS IR refers to inside its factory and must exist before the IR is written: the
 * credential of its user-assigned identity and the self-hosted IR of its data proxy, which a
 * deployment creates, and the linked services of its package stores and proxy staging, which it
 * cannot create (their connection details and keys are not part of the design) and so requires.
 */
final class RuntimeDependencies {

    private final FactoryReads reads;

    RuntimeDependencies(FactoryReads reads) {
        this.reads = reads;
    }

    /**
     * @param factoryExists false when the factory is still to be created, so that nothing in it is read
     */
    List<DeploymentAction> plan(AzureSsisIntegrationRuntime runtime, FactoryTarget target, boolean factoryExists) {
        List<DeploymentAction> actions = new ArrayList<>();
        if (runtime.getCredential() != null) {
            String name = IntegrationRuntimeDefinitions.credentialName(runtime);
            CredentialResourceInner current = factoryExists ? reads.credential(target, name) : null;
            String identity = AzureResources.identityId(runtime.getCredential());
            if (current == null) {
                actions.add(new DeploymentAction(Kind.CREATE_CREDENTIAL, target.childId("credentials", name),
                        "the IR runs as user-assigned identity " + runtime.getCredential().getName()));
            } else if (!(current.properties() instanceof ManagedIdentityCredential managed) || managed.resourceId() == null
                    || !managed.resourceId().equalsIgnoreCase(identity)) {
                actions.add(new DeploymentAction(Kind.UPDATE_CREDENTIAL, target.childId("credentials", name),
                        "it does not wrap user-assigned identity " + runtime.getCredential().getName()));
            }
        }
        if (runtime.getDataProxy() != null && runtime.getDataProxy().getSelfHostedRuntime() != null) {
            String name = runtime.getDataProxy().getSelfHostedRuntime().getName();
            if (!factoryExists || reads.runtime(target, name) == null) {
                actions.add(new DeploymentAction(Kind.CREATE_SELF_HOSTED_RUNTIME, target.childId("integrationruntimes", name),
                        "the data proxy connects via it; register its nodes with its key afterwards"));
            }
        }
        referencedLinkedServices(runtime).forEach((service, use) -> {
            if (!factoryExists || reads.linkedService(target, service.getName()) == null) {
                actions.add(new DeploymentAction(Kind.REQUIRE_LINKED_SERVICE, target.childId("linkedservices", service.getName()),
                        use + " uses it and it does not exist; create it" + (service.getType() == null ? "" : " as " + service.getType())
                                + " in the factory (ADF Studio, Manage > Linked services, or Set-AzDataFactoryV2LinkedService)"
                                + " and deploy again: its connection details are not part of the design"));
            }
        });
        return actions;
    }

    void perform(DeploymentAction action, AzureSsisIntegrationRuntime runtime, FactoryTarget target) {
        switch (action.kind()) {
            case CREATE_CREDENTIAL, UPDATE_CREDENTIAL -> reads.client().serviceClient().getCredentialOperations().createOrUpdateWithResponse(
                    target.group(), target.factory(), IntegrationRuntimeDefinitions.credentialName(runtime),
                    new CredentialResourceInner().withProperties(new ManagedIdentityCredential()
                            .withResourceId(AzureResources.identityId(runtime.getCredential()))),
                    null, Context.NONE);
            case CREATE_SELF_HOSTED_RUNTIME -> {
                org.liftshift.model.target.SelfHostedIntegrationRuntime selfHosted = runtime.getDataProxy().getSelfHostedRuntime();
                SelfHostedIntegrationRuntime definition = new SelfHostedIntegrationRuntime();
                if (selfHosted.getDescription() != null && !selfHosted.getDescription().isBlank()) {
                    definition.withDescription(selfHosted.getDescription());
                }
                reads.client().serviceClient().getIntegrationRuntimes().createOrUpdateWithResponse(target.group(), target.factory(),
                        selfHosted.getName(), new IntegrationRuntimeResourceInner().withProperties(definition), null, Context.NONE);
            }
            default -> throw new IllegalArgumentException(action.kind() + " is not a dependency");
        }
    }

    /** Each linked service the runtime refers to, with what refers to it. */
    private static Map<LinkedService, String> referencedLinkedServices(AzureSsisIntegrationRuntime runtime) {
        Map<LinkedService, String> services = new LinkedHashMap<>();
        for (PackageStore store : runtime.getPackageStores()) {
            if (store.getLinkedService() != null) {
                services.putIfAbsent(store.getLinkedService(), "package store " + store.getName());
            }
        }
        if (runtime.getDataProxy() != null && runtime.getDataProxy().getStagingLinkedService() != null) {
            services.putIfAbsent(runtime.getDataProxy().getStagingLinkedService(), "the data proxy's staging");
        }
        return services;
    }
}
