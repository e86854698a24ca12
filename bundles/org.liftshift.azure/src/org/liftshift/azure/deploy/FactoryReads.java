package org.liftshift.azure.deploy;


import com.azure.core.management.exception.ManagementException;
import com.azure.core.util.Context;
import com.azure.resourcemanager.datafactory.DataFactoryManager;
import com.azure.resourcemanager.datafactory.fluent.models.FactoryInner;
import com.azure.resourcemanager.datafactory.fluent.models.IntegrationRuntimeResourceInner;
import com.azure.resourcemanager.datafactory.fluent.models.IntegrationRuntimeStatusResponseInner;
import com.azure.resourcemanager.datafactory.models.IntegrationRuntimeState;

/** The GET requests deployment and drift share: a factory, an integration runtime and its state; null where Azure has none. */
final class FactoryReads {

    private final AzureConnection connection;
    private DataFactoryManager manager;

    FactoryReads(AzureConnection connection) {
        this.connection = connection;
    }

    FactoryInner factory(FactoryTarget target) {
        try {
            return client().serviceClient().getFactories().getByResourceGroupWithResponse(target.group(), target.factory(), null,
                    Context.NONE).getValue();
        } catch (ManagementException e) {
            if (e.getResponse() != null && e.getResponse().getStatusCode() == 404) {
                return null;
            }
            throw e;
        }
    }

    IntegrationRuntimeResourceInner runtime(FactoryTarget target) {
        try {
            return client().serviceClient().getIntegrationRuntimes().getWithResponse(target.group(), target.factory(), target.runtime(),
                    null, Context.NONE).getValue();
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
