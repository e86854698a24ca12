package org.liftshift.generate.internal.powershell;

import static org.liftshift.generate.internal.text.PowerShellText.commentQuote;
import static org.liftshift.generate.internal.text.PowerShellText.quote;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.liftshift.model.navigation.DesignNavigation;
import org.liftshift.model.plan.MigrationPlan;
import org.liftshift.model.target.AzureSsisIntegrationRuntime;
import org.liftshift.model.target.NetworkSecurityGroup;
import org.liftshift.model.target.RouteTable;
import org.liftshift.model.target.SecurityRule;
import org.liftshift.model.target.SecurityRuleDirection;
import org.liftshift.model.target.Subnet;
import org.liftshift.model.target.VNetInjectionMethod;
import org.liftshift.model.target.VirtualNetwork;
import org.liftshift.validate.NetworkRequirements;
import org.liftshift.validate.NetworkRequirements.RequiredRule;

/**
 * The kit's network script. For every subnet the design uses: the NSG rules its topology requires
 * (NET-10 for standard or express injection, EP-1, EP-3, EP-4), added or updated by name, in the
 * subnet's NSG or in a new one when the subnet has none; the delegation to Azure Batch that express
 * injection needs (NET-6); and, where a route table forces traffic through an appliance, the route
 * that sends Batch management traffic straight to the Internet (NET-11). Safe to run again.
 */
public final class NetworkScript {

    public static final String FILE_NAME = "powershell/20-network.ps1";
    static final int FIRST_PRIORITY = 1000;
    static final String BATCH_DELEGATION = "Microsoft.Batch/batchAccounts";
    static final String BATCH_ROUTE = "Liftshift-BatchNodeManagement";

    private NetworkScript() {
    }

    public static String render(MigrationPlan plan) {
        StringBuilder out = new StringBuilder(PowerShellScripts.header("network", plan,
                "Adds or updates every NSG rule, delegation and route the design's topology needs.", ""));
        Map<Subnet, List<RequiredRule>> bySubnet = new LinkedHashMap<>();
        for (RequiredRule rule : NetworkRequirements.of(plan)) {
            bySubnet.computeIfAbsent(rule.subnet(), s -> new ArrayList<>()).add(rule);
        }
        Map<NetworkSecurityGroup, List<RequiredRule>> byNsg = new LinkedHashMap<>();
        bySubnet.forEach((subnet, rules) -> {
            if (subnet.getNetworkSecurityGroup() == null) {
                out.append('\n').append(newNsgSection(subnet, rules));
            } else {
                byNsg.computeIfAbsent(subnet.getNetworkSecurityGroup(), n -> new ArrayList<>()).addAll(rules);
            }
        });
        byNsg.forEach((nsg, rules) -> out.append('\n').append(nsgSection(nsg, rules)));
        Set<Subnet> express = new LinkedHashSet<>();
        Set<Subnet> standard = new LinkedHashSet<>();
        for (AzureSsisIntegrationRuntime runtime : DesignNavigation.runtimes(plan)) {
            if (runtime.getVnetInjection() != null && runtime.getVnetInjection().getSubnet() != null) {
                (runtime.getVnetInjection().getMethod() == VNetInjectionMethod.EXPRESS ? express : standard)
                        .add(runtime.getVnetInjection().getSubnet());
            }
        }
        for (Subnet subnet : express) {
            out.append('\n').append(delegationSection(subnet));
        }
        for (Subnet subnet : standard) {
            if (subnet.getRouteTable() != null) {
                out.append('\n').append(routeSection(subnet, subnet.getRouteTable()));
            }
        }
        return out.toString();
    }

    private static String nsgSection(NetworkSecurityGroup nsg, List<RequiredRule> rules) {
        String group = DesignNavigation.groupOf(nsg).getName();
        StringBuilder out = new StringBuilder();
        out.append("# ---- NSG ").append(commentQuote(nsg.getName())).append(" in resource group ").append(commentQuote(group)).append('\n');
        out.append("$nsg = ").append(new PowerShellCommand("Get-AzNetworkSecurityGroup").text("ResourceGroupName", group)
                .text("Name", nsg.getName()).render("").trim()).append('\n');
        out.append(rules(rules, takenPriorities(nsg)));
        return out.toString();
    }

    /** A subnet without an NSG gets one, named after it, holding just the required rules. */
    private static String newNsgSection(Subnet subnet, List<RequiredRule> rules) {
        VirtualNetwork network = DesignNavigation.networkOf(subnet);
        String group = DesignNavigation.groupOf(network).getName();
        String name = nsgNameFor(subnet);
        StringBuilder out = new StringBuilder();
        out.append("# ---- Subnet ").append(commentQuote(subnet.getName())).append(" of ").append(commentQuote(network.getName()))
                .append(" has no NSG in the design: create ").append(commentQuote(name)).append(" and associate it\n");
        out.append("$nsg = ").append(new PowerShellCommand("Get-AzNetworkSecurityGroup").text("ResourceGroupName", group)
                .text("Name", name).expression("ErrorAction", "SilentlyContinue").render("").trim()).append('\n');
        out.append("if (-not $nsg) {\n    $nsg = ").append(new PowerShellCommand("New-AzNetworkSecurityGroup")
                .text("ResourceGroupName", group).text("Name", name).text("Location", DesignNavigation.regionOf(network))
                .render("    ").trim()).append("\n}\n");
        out.append(rules(rules, new HashSet<>()));
        out.append(subnetLookup(network, subnet));
        out.append("if (-not $subnet.NetworkSecurityGroup -or $subnet.NetworkSecurityGroup.Id -ne $nsg.Id) {\n");
        out.append("    $subnet.NetworkSecurityGroup = $nsg\n");
        out.append("    $null = ").append(new PowerShellCommand("Set-AzVirtualNetwork").expression("VirtualNetwork", "$vnet")
                .render("    ").trim()).append("\n}\n");
        return out.toString();
    }

    static String nsgNameFor(Subnet subnet) {
        return DesignNavigation.networkOf(subnet).getName() + "-" + subnet.getName() + "-nsg";
    }

    private static Set<Integer> takenPriorities(NetworkSecurityGroup nsg) {
        Set<Integer> taken = new HashSet<>();
        for (SecurityRule declared : nsg.getRules()) {
            taken.add(Integer.valueOf(declared.getPriority()));
        }
        return taken;
    }

    /** Set or add each rule by name into {@code $nsg}, then save the NSG. */
    private static String rules(List<RequiredRule> rules, Set<Integer> taken) {
        StringBuilder out = new StringBuilder();
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

    private static String subnetLookup(VirtualNetwork network, Subnet subnet) {
        return "$vnet = " + new PowerShellCommand("Get-AzVirtualNetwork").text("ResourceGroupName", DesignNavigation.groupOf(network).getName())
                .text("Name", network.getName()).render("").trim() + "\n"
                + "$subnet = $vnet.Subnets | Where-Object Name -EQ " + quote(subnet.getName()) + "\n";
    }

    /** NET-6: express injection needs the subnet delegated to Azure Batch. */
    private static String delegationSection(Subnet subnet) {
        VirtualNetwork network = DesignNavigation.networkOf(subnet);
        StringBuilder out = new StringBuilder();
        out.append("# ---- NET-6: express virtual network injection needs subnet ").append(commentQuote(subnet.getName()))
                .append(" delegated to ").append(BATCH_DELEGATION).append('\n');
        out.append(subnetLookup(network, subnet));
        out.append("if (-not ($subnet.Delegations | Where-Object ServiceName -EQ ").append(quote(BATCH_DELEGATION)).append(")) {\n");
        out.append("    $null = ").append(new PowerShellCommand("Add-AzDelegation").text("Name", "Microsoft.Batch.batchAccounts")
                .text("ServiceName", BATCH_DELEGATION).expression("Subnet", "$subnet").render("    ").trim()).append('\n');
        out.append("    $null = ").append(new PowerShellCommand("Set-AzVirtualNetwork").expression("VirtualNetwork", "$vnet")
                .render("    ").trim()).append("\n}\n");
        return out.toString();
    }

    /**
     * NET-11: with forced tunnelling the Batch management replies must not go through the appliance,
     * or routing is asymmetric and the IR breaks; the service tag of the region routes them out.
     */
    private static String routeSection(Subnet subnet, RouteTable table) {
        String region = DesignNavigation.regionOf(DesignNavigation.networkOf(subnet));
        String prefix = "BatchNodeManagement." + region;
        String group = DesignNavigation.groupOf(table).getName();
        StringBuilder out = new StringBuilder();
        out.append("# ---- NET-11: route table ").append(commentQuote(table.getName())).append(" of subnet ").append(commentQuote(subnet.getName()))
                .append(": Batch management traffic goes straight to the Internet\n");
        out.append("$table = ").append(new PowerShellCommand("Get-AzRouteTable").text("ResourceGroupName", group)
                .text("Name", table.getName()).render("").trim()).append('\n');
        out.append("$route = $table.Routes | Where-Object Name -EQ ").append(quote(BATCH_ROUTE)).append('\n');
        out.append("if ($route) {\n    $null = ").append(new PowerShellCommand("Set-AzRouteConfig").expression("RouteTable", "$table")
                .text("Name", BATCH_ROUTE).text("AddressPrefix", prefix).text("NextHopType", "Internet").render("    ").trim())
                .append("\n} else {\n    $null = ").append(new PowerShellCommand("Add-AzRouteConfig").expression("RouteTable", "$table")
                        .text("Name", BATCH_ROUTE).text("AddressPrefix", prefix).text("NextHopType", "Internet").render("    ").trim())
                .append("\n}\n");
        out.append("$null = ").append(new PowerShellCommand("Set-AzRouteTable").expression("RouteTable", "$table").render("").trim())
                .append('\n');
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
