package org.liftshift.azure.deploy;

import java.util.function.Supplier;

import com.azure.core.management.exception.ManagementException;
import com.azure.core.util.Context;
import com.azure.resourcemanager.datafactory.DataFactoryManager;
import com.azure.resourcemanager.datafactory.fluent.models.CredentialResourceInner;
import com.azure.resourcemanager.datafactory.fluent.models.FactoryInner;
import com.azure.resourcemanager.datafactory.fluent.models.IntegrationRuntimeResourceInner;
import com.azure.resourcemanager.datafactory.fluent.models.IntegrationRuntimeStatusResponseInner;
import com.azure.resourcemanager.datafactory.fluent.models.LinkedServiceResourceInner;
import com.azure.resourcemanager.datafactory.models.IntegrationRuntimeState;

/** The GET requests deployment and drift share: a factory, an integration runtime and its state; null where Azure has none. */
final class FactoryReads {

    private final AzureConnection connection;
    private DataFactoryManager manager;

    FactoryReads(AzureConnection connection) {
        this.connection = connection;
    }

    FactoryInner factory(FactoryTarget target) {
        return orNull(() -> client().serviceClient().getFactories().getByResourceGroupWithResponse(target.group(), target.factory(), null,
                Context.NONE).getValue());
    }

    IntegrationRuntimeResourceInner runtime(FactoryTarget target) {
        return runtime(target, target.runtime());
    }

    /** Another integration runtime of the factory, e.g. the self-hosted IR a data proxy connects via. */
    IntegrationRuntimeResourceInner runtime(FactoryTarget target, String name) {
        return orNull(() -> client().serviceClient().getIntegrationRuntimes().getWithResponse(target.group(), target.factory(), name,
                null, Context.NONE).getValue());
    }

    CredentialResourceInner credential(FactoryTarget target, String name) {
        return orNull(() -> client().serviceClient().getCredentialOperations().getWithResponse(target.group(), target.factory(), name,
                null, Context.NONE).getValue());
    }

    LinkedServiceResourceInner linkedService(FactoryTarget target, String name) {
        return orNull(() -> client().serviceClient().getLinkedServices().getWithResponse(target.group(), target.factory(), name, null,
                Context.NONE).getValue());
    }

    /** Azure answers 404 for a resource that does not exist. */
    private static <T> T orNull(Supplier<T> read) {
        try {
            return read.get();
        } catch (ManagementException e) {
            if (e.getResponse() != null && e.getResponse().getStatusCode() == 404) {
                return null;
            }
            throw e;
        }
    }

    IntegrationRuntimeState state(FactoryTarget target) {
        IntegrationRuntimeStatusResponseInner status = client().serviceClient().getIntegrationRuntimes()
                .getStatusWithResponse(target.group(), target.factory(), target.runtime(), Context.NONE).getValue();
        return status == null || status.properties() == null ? null : status.properties().state();
    }

    DataFactoryManager client() {
        if (manager == null) {
            manager = connection.dataFactory();
        }
        return manager;
    }

}
