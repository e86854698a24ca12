package org.liftshift.generate.internal.powershell;

import static org.liftshift.generate.internal.text.PowerShellText.quote;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.liftshift.model.navigation.DesignNavigation;
import org.liftshift.model.plan.MigrationPlan;
import org.liftshift.model.target.DataFactory;
import org.liftshift.model.target.PublicIpAddress;
import org.liftshift.model.target.ResourceGroup;
import org.liftshift.model.target.Subnet;
import org.liftshift.model.target.Subscription;
import org.liftshift.model.target.UserAssignedIdentity;
import org.liftshift.model.target.VirtualNetwork;

/** What every kit script shares: its opening lines and Azure resource ids. */
final class PowerShellScripts {

    private PowerShellScripts() {
    }

    /**
     * The opening lines: what the script does, {@code -WhatIf} support, stop on the first error.
     *
     * @param parameters the body of the {@code param()} block, or empty
     */
    static String header(String title, MigrationPlan plan, String what, String parameters) {
        return "# Liftshift deployment kit: " + title + " of " + quote(plan.getName()) + "\n" + "# " + what + "\n"
                + "# Safe to run again. Run with -WhatIf to see what it would change.\n"
                + "[CmdletBinding(SupportsShouldProcess = $true)]\nparam(" + parameters + ")\n\n"
                + "$ErrorActionPreference = 'Stop'\nSet-StrictMode -Version Latest\n";
    }

    static String subnetId(Subnet subnet) {
        VirtualNetwork network = DesignNavigation.networkOf(subnet);
        return resourceId(network, "Microsoft.Network/virtualNetworks/" + network.getName() + "/subnets/" + subnet.getName());
    }

    static String networkId(VirtualNetwork network) {
        return resourceId(network, "Microsoft.Network/virtualNetworks/" + network.getName());
    }

    static String publicIpId(PublicIpAddress ip) {
        return resourceId(ip, "Microsoft.Network/publicIPAddresses/" + ip.getName());
    }

    static String identityId(UserAssignedIdentity identity) {
        return resourceId(identity, "Microsoft.ManagedIdentity/userAssignedIdentities/" + identity.getName());
    }

    static String factoryId(DataFactory factory) {
        return resourceId(factory, "Microsoft.DataFactory/factories/" + factory.getName());
    }

    static String resourceId(EObject resource, String providerPath) {
        Subscription subscription = DesignNavigation.subscriptionOf(resource);
        ResourceGroup group = DesignNavigation.groupOf(resource);
        return "/subscriptions/" + subscription.getSubscriptionId() + "/resourceGroups/" + group.getName() + "/providers/"
                + providerPath;
    }

    /** Every data factory of the design, in design order. */
    static List<DataFactory> factories(MigrationPlan plan) {
        List<DataFactory> factories = new ArrayList<>();
        if (plan.getTarget() != null) {
            for (Subscription subscription : plan.getTarget().getSubscriptions()) {
                for (ResourceGroup group : subscription.getResourceGroups()) {
                    factories.addAll(group.getDataFactories());
                }
            }
        }
        return factories;
    }
}
