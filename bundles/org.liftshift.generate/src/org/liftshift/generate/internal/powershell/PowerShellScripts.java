package org.liftshift.generate.internal.powershell;

import static org.liftshift.generate.internal.text.PowerShellText.quote;

import java.util.ArrayList;
import java.util.List;

import org.liftshift.model.navigation.AzureResources;
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
        return AzureResources.subnetId(subnet);
    }

    static String networkId(VirtualNetwork network) {
        return AzureResources.networkId(network);
    }

    static String publicIpId(PublicIpAddress ip) {
        return AzureResources.publicIpId(ip);
    }

    static String identityId(UserAssignedIdentity identity) {
        return AzureResources.identityId(identity);
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
