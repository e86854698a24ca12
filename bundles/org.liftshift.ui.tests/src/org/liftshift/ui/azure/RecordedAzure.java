package org.liftshift.ui.azure;

import org.liftshift.model.plan.MigrationPlan;
import org.liftshift.samples.ContosoSample;
import org.liftshift.testing.arm.LoopbackArm;
import org.liftshift.testing.arm.LoopbackArm.Response;

/**
 * Loopback answers of an Azure subscription where only the operations factory of the sample exists,
 * with the linked services its runtime needs, and the key vault holds the SQL admin password: every
 * write is accepted.
 */
final class RecordedAzure {

    static final String SUBSCRIPTION = "6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f";
    static final String TENANT = "0c1d2e3f-4a5b-4c6d-9e8f-7a6b5c4d3e2f";

    private RecordedAzure() {
    }

    /** The sample with its subscription named only by display name, as an architect may have left it. */
    static MigrationPlan sampleWithoutSubscriptionIds() {
        MigrationPlan plan = ContosoSample.build().plan;
        plan.getTarget().getSubscriptions().get(0).setSubscriptionId(null);
        plan.getTarget().getSubscriptions().get(0).setTenantId(null);
        return plan;
    }

    static void emptySubscription(LoopbackArm arm) {
        arm.on("GET", "(?i)/subscriptions", Response.json(200, "{\"value\":[" + subscription("11111111-2222-3333-4444-555555555555",
                "Contoso Test") + "," + subscription(SUBSCRIPTION, "Contoso Production") + "]}"));
        arm.on("GET", "/vault/kv-contoso-ssis/secrets/ssisdb-admin-password", Response.json(200, "{\"value\":\"from the vault\"}"));
        arm.on("GET", "(?i).*/factories/adf-contoso-ops", Response.json(200, "{\"name\":\"adf-contoso-ops\",\"location\":\"westeurope\","
                + "\"properties\":{}}"));
        arm.on("GET", "(?i).*/linkedservices/.*", Response.json(200, "{\"name\":\"ls\",\"properties\":{\"type\":\"AzureBlobStorage\","
                + "\"typeProperties\":{}}}"));
        arm.on("GET", ".*", Response.json(404, "{\"error\":{\"code\":\"ResourceNotFound\",\"message\":\"not found\"}}"));
        arm.on("PUT", ".*", Response.json(200, "{\"name\":\"created\",\"properties\":{\"type\":\"Managed\",\"typeProperties\":{}}}"));
        arm.on("POST", "(?i).*/start", Response.json(200, "{\"name\":\"ir\",\"properties\":{\"type\":\"Managed\",\"state\":\"Started\"}}"));
    }

    static String subscription(String id, String name) {
        return "{\"id\":\"/subscriptions/" + id + "\",\"subscriptionId\":\"" + id + "\",\"tenantId\":\"" + TENANT + "\",\"displayName\":\""
                + name + "\",\"state\":\"Enabled\"}";
    }
}
