package org.liftshift.azure.arm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.azure.json.JsonProviders;
import com.azure.json.JsonReader;
import com.azure.resourcemanager.datafactory.models.IntegrationRuntime;
import com.azure.resourcemanager.datafactory.models.IntegrationRuntimeComputeProperties;
import com.azure.resourcemanager.datafactory.models.IntegrationRuntimeEdition;
import com.azure.resourcemanager.datafactory.models.IntegrationRuntimeLicenseType;
import com.azure.resourcemanager.datafactory.models.IntegrationRuntimeSsisCatalogInfo;
import com.azure.resourcemanager.datafactory.models.IntegrationRuntimeSsisCatalogPricingTier;
import com.azure.resourcemanager.datafactory.models.IntegrationRuntimeSsisProperties;
import com.azure.resourcemanager.datafactory.models.IntegrationRuntimeVNetProperties;
import com.azure.resourcemanager.datafactory.models.ManagedIntegrationRuntime;

/** The Azure SDK model classes load and serialise inside the OSGi runtime. */
class ArmJsonTest {

    private static final String SUBNET_ID = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/"
            + "rg-ssis/providers/Microsoft.Network/virtualNetworks/vnet-ssis/subnets/snet-ir";

    @Test
    void managedIntegrationRuntimeSerialisesToTheArmShape() throws IOException {
        String json = ArmJson.write(azureSsisRuntime());

        Map<String, Object> root = parse(json);
        assertThat(root).containsEntry("type", "Managed").containsEntry("description", "Contoso SSIS");
        Map<String, Object> compute = path(root, "typeProperties", "computeProperties");
        assertThat(compute).containsEntry("location", "westeurope")
                .containsEntry("nodeSize", "Standard_D4_v3")
                .containsEntry("numberOfNodes", 2)
                .containsEntry("maxParallelExecutionsPerNode", 4);
        assertThat(path(compute, "vNetProperties")).containsEntry("subnetId", SUBNET_ID);
        Map<String, Object> ssis = path(root, "typeProperties", "ssisProperties");
        assertThat(ssis).containsEntry("edition", "Enterprise").containsEntry("licenseType", "BasePrice");
        assertThat(path(ssis, "catalogInfo"))
                .containsEntry("catalogServerEndpoint", "sqlmi-contoso.1a2b3c.database.windows.net")
                .containsEntry("catalogPricingTier", "Basic")
                .doesNotContainKey("catalogAdminPassword");
    }

    @Test
    void readsBackWhatItWrote() {
        String json = ArmJson.write(azureSsisRuntime());

        IntegrationRuntime read = ArmJson.readIntegrationRuntime(json);

        assertThat(read).isInstanceOf(ManagedIntegrationRuntime.class);
        ManagedIntegrationRuntime managed = (ManagedIntegrationRuntime) read;
        assertThat(managed.computeProperties().numberOfNodes()).isEqualTo(2);
        assertThat(managed.ssisProperties().edition()).isEqualTo(IntegrationRuntimeEdition.ENTERPRISE);
        assertThat(ArmJson.write(read)).isEqualTo(json);
    }

    @ParameterizedTest
    @ValueSource(strings = { "[1, 2]", "{\"type\": \"Managed\", \"typeProperties\": ", "null", "42" })
    void rejectsJsonThatIsNotAnIntegrationRuntime(String json) {
        assertThatThrownBy(() -> ArmJson.readIntegrationRuntime(json)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Not an integration runtime definition");
    }

    private static ManagedIntegrationRuntime azureSsisRuntime() {
        return new ManagedIntegrationRuntime().withDescription("Contoso SSIS")
                .withComputeProperties(new IntegrationRuntimeComputeProperties().withLocation("westeurope")
                        .withNodeSize("Standard_D4_v3")
                        .withNumberOfNodes(2)
                        .withMaxParallelExecutionsPerNode(4)
                        .withVNetProperties(new IntegrationRuntimeVNetProperties().withSubnetId(SUBNET_ID)))
                .withSsisProperties(new IntegrationRuntimeSsisProperties()
                        .withEdition(IntegrationRuntimeEdition.ENTERPRISE)
                        .withLicenseType(IntegrationRuntimeLicenseType.BASE_PRICE)
                        .withCatalogInfo(new IntegrationRuntimeSsisCatalogInfo()
                                .withCatalogServerEndpoint("sqlmi-contoso.1a2b3c.database.windows.net")
                                .withCatalogPricingTier(IntegrationRuntimeSsisCatalogPricingTier.BASIC)));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> parse(String json) throws IOException {
        try (JsonReader reader = JsonProviders.createReader(json)) {
            reader.nextToken();
            return (Map<String, Object>) reader.readUntyped();
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> path(Map<String, Object> object, String... keys) {
        Map<String, Object> current = object;
        for (String key : keys) {
            assertThat(current).containsKey(key);
            current = (Map<String, Object>) current.get(key);
        }
        return current;
    }
}
