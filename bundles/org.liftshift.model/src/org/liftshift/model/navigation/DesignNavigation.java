package org.liftshift.model.navigation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.liftshift.model.estate.CatalogFolder;
import org.liftshift.model.estate.Project;
import org.liftshift.model.plan.FolderMapping;
import org.liftshift.model.plan.MigrationPlan;
import org.liftshift.model.target.AzureSsisIntegrationRuntime;
import org.liftshift.model.target.DataFactory;
import org.liftshift.model.target.ResourceGroup;
import org.liftshift.model.target.SqlHost;
import org.liftshift.model.target.Subnet;
import org.liftshift.model.target.Subscription;
import org.liftshift.model.target.VirtualNetwork;

/**
 * Finding one's way around a design: where a resource lives (network, resource group, subscription,
 * factory), which region applies to it, and where the plan moves a project. Shared by validation,
 * generators and views, so each question has one answer.
 */
public final class DesignNavigation {

    private DesignNavigation() {
    }

    /** The object itself or its nearest container of the given type, or null. */
    public static <T> T ancestor(EObject object, Class<T> type) {
        for (EObject current = object; current != null; current = current.eContainer()) {
            if (type.isInstance(current)) {
                return type.cast(current);
            }
        }
        return null;
    }

    public static VirtualNetwork networkOf(Subnet subnet) {
        return ancestor(subnet, VirtualNetwork.class);
    }

    public static ResourceGroup groupOf(EObject object) {
        return ancestor(object, ResourceGroup.class);
    }

    public static Subscription subscriptionOf(EObject object) {
        return ancestor(object, Subscription.class);
    }

    public static DataFactory factoryOf(AzureSsisIntegrationRuntime runtime) {
        return ancestor(runtime, DataFactory.class);
    }

    /** Every Azure-SSIS IR of the design, in containment order. */
    public static List<AzureSsisIntegrationRuntime> runtimes(MigrationPlan plan) {
        List<AzureSsisIntegrationRuntime> runtimes = new ArrayList<>();
        plan.eAllContents().forEachRemaining(object -> {
            if (object instanceof AzureSsisIntegrationRuntime runtime) {
                runtimes.add(runtime);
            }
        });
        return runtimes;
    }

    /** The IR's region: its own, else its factory's, else its resource group's. */
    public static String regionOf(AzureSsisIntegrationRuntime runtime) {
        if (hasText(runtime.getRegion())) {
            return runtime.getRegion();
        }
        DataFactory factory = factoryOf(runtime);
        if (factory != null && hasText(factory.getRegion())) {
            return factory.getRegion();
        }
        return regionOfGroup(runtime);
    }

    public static String regionOf(SqlHost host) {
        return hasText(host.getRegion()) ? host.getRegion() : regionOfGroup(host);
    }

    public static String regionOf(VirtualNetwork network) {
        return hasText(network.getRegion()) ? network.getRegion() : regionOfGroup(network);
    }

    private static String regionOfGroup(EObject object) {
        ResourceGroup group = groupOf(object);
        return group == null ? null : group.getRegion();
    }

    /** Whether two Azure region names are the same region ("West Europe" and "westeurope" are). */
    public static boolean sameRegion(String a, String b) {
        return a != null && b != null && a.replace(" ", "").equalsIgnoreCase(b.replace(" ", ""));
    }

    public static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    /**
     * The folder mapping that moves the project: one that names it, or one for its whole folder
     * (a mapping without projects moves every project of its folder). Null when the plan does not
     * move it.
     */
    public static FolderMapping mappingOf(MigrationPlan plan, Project project) {
        CatalogFolder folder = ancestor(project, CatalogFolder.class);
        for (FolderMapping mapping : plan.getFolderMappings()) {
            boolean mapped = mapping.getSourceProjects().isEmpty()
                    ? folder != null && mapping.getSourceFolder() == folder
                    : mapping.getSourceProjects().contains(project);
            if (mapped) {
                return mapping;
            }
        }
        return null;
    }
}
