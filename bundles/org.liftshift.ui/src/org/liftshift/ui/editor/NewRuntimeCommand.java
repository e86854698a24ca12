package org.liftshift.ui.editor;

import java.text.MessageFormat;
import java.util.Locale;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.liftshift.model.plan.MigrationPlan;
import org.liftshift.model.target.AzureSsisIntegrationRuntime;
import org.liftshift.model.target.AzureTarget;
import org.liftshift.model.target.DataFactory;
import org.liftshift.model.target.IntegrationRuntimeEdition;
import org.liftshift.model.target.LicenseType;
import org.liftshift.model.target.ResourceGroup;
import org.liftshift.model.target.Subscription;
import org.liftshift.model.target.TargetFactory;
import org.liftshift.model.target.TargetPackage;
import org.liftshift.ui.preferences.LiftshiftPreferences;

/**
 * Adds an Azure-SSIS integration runtime to a design with the workbench's defaults (region, node size,
 * naming convention), in the first data factory, or in a new factory, resource group and subscription
 * when the design has none yet; one command, so one undo removes it all.
 */
final class NewRuntimeCommand {

    private NewRuntimeCommand() {
    }

    static Command create(EditingDomain domain, MigrationPlan plan) {
        String region = LiftshiftPreferences.get(LiftshiftPreferences.DEFAULT_REGION);
        String workload = workload(plan.getName());
        AzureSsisIntegrationRuntime runtime = TargetFactory.eINSTANCE.createAzureSsisIntegrationRuntime();
        runtime.setRegion(region);
        runtime.setNodeSize(LiftshiftPreferences.get(LiftshiftPreferences.DEFAULT_NODE_SIZE));
        runtime.setNodeCount(2);
        runtime.setMaxParallelExecutionsPerNode(4);
        runtime.setEdition(IntegrationRuntimeEdition.STANDARD);
        runtime.setLicenseType(LicenseType.LICENSE_INCLUDED);
        AzureTarget target = plan.getTarget();
        DataFactory factory = firstFactory(target);
        int taken = countRuntimes(target);
        runtime.setName(name("ir", workload + (taken == 0 ? "" : "-" + (taken + 1)), region)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        if (factory != null) {
            return AddCommand.create(domain, factory, TargetPackage.Literals.DATA_FACTORY__INTEGRATION_RUNTIMES, runtime);
        }
        factory = TargetFactory.eINSTANCE.createDataFactory();
        factory.setName(name("adf", workload, region)); //$NON-NLS-1$
        factory.setRegion(region);
        factory.getIntegrationRuntimes().add(runtime);
        ResourceGroup group = target.getSubscriptions().stream().flatMap(s -> s.getResourceGroups().stream()).findFirst().orElse(null);
        if (group != null) {
            return AddCommand.create(domain, group, TargetPackage.Literals.RESOURCE_GROUP__DATA_FACTORIES, factory);
        }
        group = TargetFactory.eINSTANCE.createResourceGroup();
        group.setName(name("rg", workload, region)); //$NON-NLS-1$
        group.setRegion(region);
        group.getDataFactories().add(factory);
        Subscription subscription = target.getSubscriptions().isEmpty() ? null : target.getSubscriptions().get(0);
        if (subscription != null) {
            return AddCommand.create(domain, subscription, TargetPackage.Literals.SUBSCRIPTION__RESOURCE_GROUPS, group);
        }
        subscription = TargetFactory.eINSTANCE.createSubscription();
        subscription.setName(workload);
        subscription.getResourceGroups().add(group);
        return AddCommand.create(domain, target, TargetPackage.Literals.AZURE_TARGET__SUBSCRIPTIONS, subscription);
    }

    /** A resource name by the naming convention: {0} kind, {1} workload, {2} region. */
    static String name(String kind, String workload, String region) {
        String convention = LiftshiftPreferences.get(LiftshiftPreferences.NAMING_CONVENTION);
        try {
            return MessageFormat.format(convention.replace("'", "''"), kind, workload, region); //$NON-NLS-1$ //$NON-NLS-2$
        } catch (IllegalArgumentException e) {
            return kind + "-" + workload + "-" + region; //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    /** The design's name as Azure resource names take it: lower case letters, digits and dashes. */
    static String workload(String planName) {
        String cleaned = (planName == null ? "" : planName).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                .replaceAll("^-+|-+$", ""); //$NON-NLS-1$ //$NON-NLS-2$
        return cleaned.isEmpty() ? "ssis" : cleaned; //$NON-NLS-1$
    }

    private static DataFactory firstFactory(AzureTarget target) {
        for (Subscription subscription : target.getSubscriptions()) {
            for (ResourceGroup group : subscription.getResourceGroups()) {
                if (!group.getDataFactories().isEmpty()) {
                    return group.getDataFactories().get(0);
                }
            }
        }
        return null;
    }

    private static int countRuntimes(AzureTarget target) {
        int count = 0;
        for (var it = target.eAllContents(); it.hasNext();) {
            if (it.next() instanceof AzureSsisIntegrationRuntime) {
                count++;
            }
        }
        return count;
    }
}
