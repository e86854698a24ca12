package org.liftshift.generate.internal.powershell;

import org.liftshift.model.navigation.DesignNavigation;

import static org.liftshift.generate.internal.text.PowerShellText.quote;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.liftshift.model.plan.MigrationPlan;
import org.liftshift.model.target.NetworkSecurityGroup;
import org.liftshift.model.target.SecurityRule;
import org.liftshift.model.target.SecurityRuleDirection;
import org.liftshift.validate.NetworkRequirements;
import org.liftshift.validate.NetworkRequirements.RequiredRule;

/**
 * The kit's network script: every NSG rule the design's topology requires (NET-10, EP-1, EP-3,
 * EP-4), added or updated by name so that the script can run again.
 */
public final class NetworkScript {

    public static final String FILE_NAME = "powershell/20-network.ps1";
    static final int FIRST_PRIORITY = 1000;

    private NetworkScript() {
    }

    public static String render(MigrationPlan plan) {
        StringBuilder out = new StringBuilder();
        out.append("# Liftshift deployment kit: network security rules of ").append(quote(plan.getName())).append('\n');
        out.append("# Adds or updates, by name, every NSG rule the design's topology needs. Safe to run again.\n");
        out.append("[CmdletBinding(SupportsShouldProcess = $true)]\nparam()\n\n");
        out.append("$ErrorActionPreference = 'Stop'\nSet-StrictMode -Version Latest\n");
        Map<NetworkSecurityGroup, List<RequiredRule>> byNsg = new LinkedHashMap<>();
        for (RequiredRule rule : NetworkRequirements.of(plan)) {
            NetworkSecurityGroup nsg = rule.subnet().getNetworkSecurityGroup();
            if (nsg == null) {
                out.append("\n# Subnet ").append(quote(rule.subnet().getName()))
                        .append(" has no NSG in the design, so nothing filters its traffic and rule ")
                        .append(quote(rule.name())).append(" is not needed.\n");
            } else {
                byNsg.computeIfAbsent(nsg, n -> new ArrayList<>()).add(rule);
            }
        }
        byNsg.forEach((nsg, rules) -> out.append('\n').append(nsgSection(nsg, rules)));
        return out.toString();
    }

    private static String nsgSection(NetworkSecurityGroup nsg, List<RequiredRule> rules) {
        String group = DesignNavigation.groupOf(nsg).getName();
        StringBuilder out = new StringBuilder();
        out.append("# ---- NSG ").append(quote(nsg.getName())).append(" in resource group ").append(quote(group)).append('\n');
        out.append("$nsg = ").append(new PowerShellCommand("Get-AzNetworkSecurityGroup").text("ResourceGroupName", group)
                .text("Name", nsg.getName()).render("").trim()).append('\n');
        Set<Integer> taken = new HashSet<>();
        for (SecurityRule declared : nsg.getRules()) {
            taken.add(Integer.valueOf(declared.getPriority()));
        }
        int priority = FIRST_PRIORITY;
        for (RequiredRule rule : rules) {
            while (taken.contains(Integer.valueOf(priority))) {
                priority += 10;
            }
            taken.add(Integer.valueOf(priority));
            out.append("# ").append(rule.rule().id()).append(": ").append(rule.purpose().replaceAll("\\p{Cntrl}", " ")).append('\n');
            out.append("$rule = $nsg.SecurityRules | Where-Object Name -EQ ").append(quote(rule.name())).append('\n');
            out.append("if ($rule) {\n").append("    $null = ").append(ruleCommand("Set-AzNetworkSecurityRuleConfig", rule, priority)
                    .render("    ").trim()).append("\n} else {\n").append("    $null = ")
                    .append(ruleCommand("Add-AzNetworkSecurityRuleConfig", rule, priority).render("    ").trim()).append("\n}\n");
            priority += 10;
        }
        out.append("$null = ").append(new PowerShellCommand("Set-AzNetworkSecurityGroup").expression("NetworkSecurityGroup", "$nsg")
                .render("").trim()).append('\n');
        return out.toString();
    }

    private static PowerShellCommand ruleCommand(String cmdlet, RequiredRule rule, int priority) {
        return new PowerShellCommand(cmdlet).expression("NetworkSecurityGroup", "$nsg").text("Name", rule.name())
                .text("Description", rule.purpose()).text("Access", "Allow").text("Protocol", "Tcp")
                .text("Direction", rule.direction() == SecurityRuleDirection.INBOUND ? "Inbound" : "Outbound")
                .number("Priority", priority).text("SourceAddressPrefix", rule.source()).text("SourcePortRange", "*")
                .text("DestinationAddressPrefix", rule.destination())
                .texts("DestinationPortRange", List.of(rule.ports().split(",")));
    }
}
