package org.liftshift.model.navigation;

import org.eclipse.emf.ecore.EObject;
import org.liftshift.model.target.CatalogEndpointKind;
import org.liftshift.model.target.ManagedInstance;
import org.liftshift.model.target.PublicIpAddress;
import org.liftshift.model.target.ResourceGroup;
import org.liftshift.model.target.SqlHost;
import org.liftshift.model.target.SsisCatalogDesign;
import org.liftshift.model.target.Subnet;
import org.liftshift.model.target.Subscription;
import org.liftshift.model.target.UserAssignedIdentity;
import org.liftshift.model.target.VirtualNetwork;

/**
 * The names Azure knows a design's resources by: resource ids and SQL endpoints. The scripts, the
 * ARM templates and the Azure client all take them from here so that they always agree.
 */
public final class AzureResources {

    private AzureResources() {
    }

    /** The endpoint an IR reaches SSISDB at: the failover-group listener or the host's endpoint. */
    public static String catalogEndpoint(SsisCatalogDesign catalog) {
        if (catalog.getEndpointKind() == CatalogEndpointKind.FAILOVER_GROUP_LISTENER && catalog.getFailoverGroup() != null) {
            return catalog.getFailoverGroup().getReadWriteListener();
        }
        return serverEndpoint(catalog.getHost(), catalog.getEndpointKind());
    }

    /**
     * A host's server endpoint: {@code <server>.database.windows.net} for SQL Database; for a
     * Managed Instance its private endpoint, or its public one on port 3342.
     */
    public static String serverEndpoint(SqlHost host, CatalogEndpointKind kind) {
        if (host instanceof ManagedInstance mi) {
            return kind == CatalogEndpointKind.PUBLIC ? mi.getName() + ".public." + mi.getDnsZone() + ".database.windows.net,3342"
                    : mi.getName() + "." + mi.getDnsZone() + ".database.windows.net";
        }
        return host.getName() + ".database.windows.net";
    }

    public static String subnetId(Subnet subnet) {
        VirtualNetwork network = DesignNavigation.networkOf(subnet);
        return resourceId(network, "Microsoft.Network/virtualNetworks/" + network.getName() + "/subnets/" + subnet.getName());
    }

    public static String networkId(VirtualNetwork network) {
        return resourceId(network, "Microsoft.Network/virtualNetworks/" + network.getName());
    }

    public static String publicIpId(PublicIpAddress ip) {
        return resourceId(ip, "Microsoft.Network/publicIPAddresses/" + ip.getName());
    }

    public static String identityId(UserAssignedIdentity identity) {
        return resourceId(identity, "Microsoft.ManagedIdentity/userAssignedIdentities/" + identity.getName());
    }

    /** {@code /subscriptions/<id>/resourceGroups/<group>/providers/<providerPath>} of a resource in the design. */
    public static String resourceId(EObject resource, String providerPath) {
        Subscription subscription = DesignNavigation.subscriptionOf(resource);
        ResourceGroup group = DesignNavigation.groupOf(resource);
        return "/subscriptions/" + subscription.getSubscriptionId() + "/resourceGroups/" + group.getName() + "/providers/"
                + providerPath;
    }
}
