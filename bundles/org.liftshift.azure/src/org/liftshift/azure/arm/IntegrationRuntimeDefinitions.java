package org.liftshift.azure.arm;

import java.util.ArrayList;
import java.util.List;

import org.liftshift.model.navigation.AzureResources;
import org.liftshift.model.navigation.DesignNavigation;
import org.liftshift.model.target.AzureSsisIntegrationRuntime;
import org.liftshift.model.target.ExpressCustomSetup;
import org.liftshift.model.target.PackageStore;
import org.liftshift.model.target.SqlDatabaseServer;
import org.liftshift.model.target.SsisCatalogDesign;
import org.liftshift.model.target.SsisDbAuthentication;

import com.azure.resourcemanager.datafactory.models.AzPowerShellSetup;
import com.azure.resourcemanager.datafactory.models.CmdkeySetup;
import com.azure.resourcemanager.datafactory.models.ComponentSetup;
import com.azure.resourcemanager.datafactory.models.CredentialReference;
import com.azure.resourcemanager.datafactory.models.CredentialReferenceType;
import com.azure.resourcemanager.datafactory.models.CustomSetupBase;
import com.azure.resourcemanager.datafactory.models.EntityReference;
import com.azure.resourcemanager.datafactory.models.EnvironmentVariableSetup;
import com.azure.resourcemanager.datafactory.models.IntegrationRuntimeComputeProperties;
import com.azure.resourcemanager.datafactory.models.IntegrationRuntimeCustomSetupScriptProperties;
import com.azure.resourcemanager.datafactory.models.IntegrationRuntimeDataProxyProperties;
import com.azure.resourcemanager.datafactory.models.IntegrationRuntimeEdition;
import com.azure.resourcemanager.datafactory.models.IntegrationRuntimeEntityReferenceType;
import com.azure.resourcemanager.datafactory.models.IntegrationRuntimeLicenseType;
import com.azure.resourcemanager.datafactory.models.IntegrationRuntimeSsisCatalogInfo;
import com.azure.resourcemanager.datafactory.models.IntegrationRuntimeSsisCatalogPricingTier;
import com.azure.resourcemanager.datafactory.models.IntegrationRuntimeSsisProperties;
import com.azure.resourcemanager.datafactory.models.IntegrationRuntimeVNetProperties;
import com.azure.resourcemanager.datafactory.models.ManagedIntegrationRuntime;
import com.azure.resourcemanager.datafactory.models.SecureString;

/**
 * An Azure-SSIS integration runtime of the design as the Azure SDK's {@link ManagedIntegrationRuntime}:
 * every property, including those {@code Set-AzDataFactoryV2IntegrationRuntime} lacks (package
 * stores, the user-assigned credential, the dual-standby pair name). Serialised with
 * {@link ArmJson} it is exactly the body Azure Resource Manager receives.
 */
public final class IntegrationRuntimeDefinitions {

    private IntegrationRuntimeDefinitions() {
    }

    public static ManagedIntegrationRuntime of(AzureSsisIntegrationRuntime runtime, SecretValues secrets) {
        IntegrationRuntimeComputeProperties compute = new IntegrationRuntimeComputeProperties()
                .withLocation(DesignNavigation.regionOf(runtime)).withNodeSize(runtime.getNodeSize())
                .withNumberOfNodes(runtime.getNodeCount()).withMaxParallelExecutionsPerNode(runtime.getMaxParallelExecutionsPerNode());
        if (runtime.getVnetInjection() != null && runtime.getVnetInjection().getSubnet() != null) {
            IntegrationRuntimeVNetProperties network = new IntegrationRuntimeVNetProperties()
                    .withSubnetId(AzureResources.subnetId(runtime.getVnetInjection().getSubnet()));
            if (!runtime.getVnetInjection().getPublicIps().isEmpty()) {
                network.withPublicIPs(runtime.getVnetInjection().getPublicIps().stream().map(AzureResources::publicIpId).toList());
            }
            compute.withVNetProperties(network);
        }
        IntegrationRuntimeSsisProperties ssis = new IntegrationRuntimeSsisProperties()
                .withEdition(IntegrationRuntimeEdition.fromString(runtime.getEdition().getLiteral()))
                .withLicenseType(IntegrationRuntimeLicenseType.fromString(runtime.getLicenseType().getLiteral()));
        SsisCatalogDesign catalog = runtime.getCatalog();
        if (catalog != null && catalog.getHost() != null) {
            IntegrationRuntimeSsisCatalogInfo info = new IntegrationRuntimeSsisCatalogInfo()
                    .withCatalogServerEndpoint(AzureResources.catalogEndpoint(catalog));
            if (catalog.getHost() instanceof SqlDatabaseServer && catalog.getPricingTier() != null) {
                info.withCatalogPricingTier(IntegrationRuntimeSsisCatalogPricingTier.fromString(catalog.getPricingTier().getLiteral()));
            }
            if (catalog.getAuthentication() == SsisDbAuthentication.SQL) {
                info.withCatalogAdminUsername(catalog.getAdminUserName())
                        .withCatalogAdminPassword(secure(secrets.valueOf(catalog.getAdminPassword(), "catalogAdminPassword")));
            }
            if (DesignNavigation.hasText(catalog.getDualStandbyPairName())) {
                info.withDualStandbyPairName(catalog.getDualStandbyPairName());
            }
            ssis.withCatalogInfo(info);
        }
        if (runtime.getCustomSetup() != null) {
            ssis.withCustomSetupScriptProperties(new IntegrationRuntimeCustomSetupScriptProperties()
                    .withBlobContainerUri(secrets.valueOf(runtime.getCustomSetup().getContainerSasUri(), "customSetupContainerSasUri")));
        }
        if (!runtime.getExpressSetups().isEmpty()) {
            List<CustomSetupBase> setups = new ArrayList<>();
            int index = 0;
            for (ExpressCustomSetup setup : runtime.getExpressSetups()) {
                setups.add(expressSetup(setup, secrets, ++index));
            }
            ssis.withExpressCustomSetupProperties(setups);
        }
        if (runtime.getDataProxy() != null) {
            ssis.withDataProxyProperties(new IntegrationRuntimeDataProxyProperties()
                    .withConnectVia(reference(runtime.getDataProxy().getSelfHostedRuntime().getName(),
                            IntegrationRuntimeEntityReferenceType.INTEGRATION_RUNTIME_REFERENCE))
                    .withStagingLinkedService(reference(runtime.getDataProxy().getStagingLinkedService().getName(),
                            IntegrationRuntimeEntityReferenceType.LINKED_SERVICE_REFERENCE))
                    .withPath(runtime.getDataProxy().getStagingPath()));
        }
        if (!runtime.getPackageStores().isEmpty()) {
            List<com.azure.resourcemanager.datafactory.models.PackageStore> stores = new ArrayList<>();
            for (PackageStore store : runtime.getPackageStores()) {
                stores.add(new com.azure.resourcemanager.datafactory.models.PackageStore().withName(store.getName())
                        .withPackageStoreLinkedService(reference(store.getLinkedService().getName(),
                                IntegrationRuntimeEntityReferenceType.LINKED_SERVICE_REFERENCE)));
            }
            ssis.withPackageStores(stores);
        }
        if (runtime.getCredential() != null) {
            ssis.withCredential(new CredentialReference().withType(CredentialReferenceType.CREDENTIAL_REFERENCE)
                    .withReferenceName(credentialName(runtime)));
        }
        ManagedIntegrationRuntime definition = new ManagedIntegrationRuntime().withComputeProperties(compute).withSsisProperties(ssis);
        if (DesignNavigation.hasText(runtime.getDescription())) {
            definition.withDescription(runtime.getDescription());
        }
        return definition;
    }

    /** The name of the factory credential that wraps the runtime's user-assigned identity. */
    public static String credentialName(AzureSsisIntegrationRuntime runtime) {
        return runtime.getCredential().getName() + "-credential";
    }

    private static CustomSetupBase expressSetup(ExpressCustomSetup setup, SecretValues secrets, int index) {
        return switch (setup.getKind()) {
            case CMDKEY -> new CmdkeySetup().withTargetName(setup.getTargetName()).withUsername(setup.getUserName())
                    .withPassword(secure(secrets.valueOf(setup.getSecret(), "expressSetup" + index + "Password")));
            case ENVIRONMENT_VARIABLE -> new EnvironmentVariableSetup().withVariableName(setup.getTargetName())
                    .withVariableValue(setup.getValue());
            case AZ_POWER_SHELL -> new AzPowerShellSetup().withVersion(setup.getVersion());
            case LICENSED_COMPONENT -> new ComponentSetup().withComponentName(setup.getComponentName())
                    .withLicenseKey(secure(secrets.valueOf(setup.getSecret(), "expressSetup" + index + "LicenseKey")));
        };
    }

    private static EntityReference reference(String name, IntegrationRuntimeEntityReferenceType type) {
        return new EntityReference().withType(type).withReferenceName(name);
    }

    private static SecureString secure(String value) {
        return new SecureString().withValue(value);
    }
}
