package org.liftshift.azure.deploy;

import org.liftshift.model.navigation.DesignNavigation;
import org.liftshift.model.target.AzureSsisIntegrationRuntime;
import org.liftshift.model.target.DataFactory;

/** Where an integration runtime of the design lives in Azure. */
record FactoryTarget(String subscription, String group, String factory, String factoryRegion, String runtime) {

    static FactoryTarget of(AzureSsisIntegrationRuntime runtime) {
        DataFactory factory = DesignNavigation.factoryOf(runtime);
        String region = DesignNavigation.hasText(factory.getRegion()) ? factory.getRegion() : DesignNavigation.groupOf(factory).getRegion();
        return new FactoryTarget(DesignNavigation.subscriptionOf(factory).getSubscriptionId(), DesignNavigation.groupOf(factory).getName(),
                factory.getName(), region, runtime.getName());
    }

    String factoryId() {
        return "/subscriptions/" + subscription + "/resourceGroups/" + group + "/providers/Microsoft.DataFactory/factories/" + factory;
    }

    String runtimeId() {
        return childId("integrationruntimes", runtime);
    }

    /** A resource of the factory, e.g. {@code childId("linkedservices", name)}. */
    String childId(String type, String name) {
        return factoryId() + "/" + type + "/" + name;
    }
}
