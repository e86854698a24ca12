package org.liftshift.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

import org.liftshift.model.navigation.DesignNavigation;
import org.liftshift.model.plan.MigrationPlan;
import org.liftshift.model.target.AzureSsisIntegrationRuntime;
import org.liftshift.model.target.CatalogEndpointKind;
import org.liftshift.model.target.ConnectionPolicy;
import org.liftshift.model.target.ManagedInstance;
import org.liftshift.model.target.NetworkSecurityGroup;
import org.liftshift.model.target.PublicIpAddress;
import org.liftshift.model.target.SecurityRule;
import org.liftshift.model.target.SecurityRuleAccess;
import org.liftshift.model.target.SecurityRuleDirection;
import org.liftshift.model.target.SecurityRuleProtocol;
import org.liftshift.model.target.SqlHost;
import org.liftshift.model.target.Subnet;
import org.liftshift.model.target.TargetFactory;
import org.liftshift.model.target.VNetInjectionMethod;
import org.liftshift.model.target.VirtualNetworkKind;
import org.liftshift.validate.internal.Ipv4Range;
import org.liftshift.validate.internal.NsgEvaluator.Flow;
import org.liftshift.validate.internal.NsgEvaluator;

/**
 * The network security rules a design needs, derived from its choices: what NET-10 asks of the IR
 * subnet, and what EP-3 and EP-4 and the private endpoint ask of the Managed Instance subnet. The
 * validator checks NSGs against them and the deployment kit writes them, so both use this one list.
 */
public final class NetworkRequirements {

    /** SSISDB's ports: 1433, and 11000-11999 unless the host's connection policy is Proxy. */
    static final String SQL_PORT = "1433";
    static final String REDIRECT_PORTS = "11000-11999";

    /** The first priority a quick fix gives an added rule; Azure evaluates 100 to 4096, lowest first. */
    public static final int FIRST_QUICK_FIX_PRIORITY = 100;

    private NetworkRequirements() {
    }

    /**
     * One rule: allow TCP from {@code source} to {@code destination} on {@code ports} on the subnet.
     *
     * @param name a stable rule name, unique within the subnet's rules
     */
    public record RequiredRule(Subnet subnet, SecurityRuleDirection direction, String source, String destination,
            String ports, DesignRule rule, String name, String purpose) {

        /** The first and last port of every range, e.g. 29876 and 29877 of "29876-29877". */
        public List<Integer> portsToCheck() {
            List<Integer> ports = new ArrayList<>();
            for (String part : ports().split(",")) {
                for (String bound : part.trim().split("-")) {
                    ports.add(Integer.valueOf(bound.trim()));
                }
            }
            return ports;
        }
    }

    public static List<RequiredRule> of(MigrationPlan plan) {
        Set<RequiredRule> rules = new LinkedHashSet<>();
        for (AzureSsisIntegrationRuntime runtime : DesignNavigation.runtimes(plan)) {
            rules.addAll(of(runtime));
        }
        return List.copyOf(rules);
    }

    public static List<RequiredRule> of(AzureSsisIntegrationRuntime runtime) {
        List<RequiredRule> rules = new ArrayList<>();
        Subnet irSubnet = runtime.getVnetInjection() == null ? null : runtime.getVnetInjection().getSubnet();
        SqlHost host = runtime.getCatalog() == null ? null : runtime.getCatalog().getHost();
        CatalogEndpointKind endpoint = runtime.getCatalog() == null ? null : runtime.getCatalog().getEndpointKind();
        boolean standard = irSubnet != null && runtime.getVnetInjection().getMethod() == VNetInjectionMethod.STANDARD;
        if (standard) {
            boolean classic = DesignNavigation.networkOf(irSubnet).getKind() == VirtualNetworkKind.CLASSIC;
            rules.add(new RequiredRule(irSubnet, SecurityRuleDirection.INBOUND, "BatchNodeManagement", "VirtualNetwork",
                    classic ? "10100,20100,30100" : "29876-29877", DesignRule.NET_10, "Liftshift-BatchNodeManagement",
                    "Azure Batch manages the IR nodes"));
            rules.add(new RequiredRule(irSubnet, SecurityRuleDirection.OUTBOUND, "VirtualNetwork", "AzureCloud", "443",
                    DesignRule.NET_10, "Liftshift-AzureCloud", "Azure services the IR depends on"));
        } else if (irSubnet != null) {
            // express injection: no Batch management inbound; the IR reaches Data Factory instead
            rules.add(new RequiredRule(irSubnet, SecurityRuleDirection.OUTBOUND, "VirtualNetwork", "DataFactoryManagement", "443",
                    DesignRule.NET_10, "Liftshift-DataFactoryManagement", "The IR reaches Data Factory services"));
        }
        if (irSubnet != null && host != null) {
            String destination = host instanceof ManagedInstance ? "VirtualNetwork" : "Sql";
            rules.add(new RequiredRule(irSubnet, SecurityRuleDirection.OUTBOUND, "VirtualNetwork", destination,
                    ssisdbPorts(host), DesignRule.NET_10, "Liftshift-Ssisdb", "SSISDB on " + host.getName()));
        }
        if (irSubnet != null && runtime.getCustomSetup() != null) {
            rules.add(new RequiredRule(irSubnet, SecurityRuleDirection.OUTBOUND, "VirtualNetwork", "Storage", "443",
                    DesignRule.NET_10, "Liftshift-CustomSetupStorage", "Custom setup scripts in Blob storage"));
        }
        if (host instanceof ManagedInstance mi && mi.getSubnet() != null) {
            if (endpoint == CatalogEndpointKind.PRIVATE && irSubnet != null) {
                rules.add(new RequiredRule(mi.getSubnet(), SecurityRuleDirection.INBOUND, "VirtualNetwork", "VirtualNetwork",
                        ssisdbPorts(mi), DesignRule.EP_1, "Liftshift-SsisdbFromVirtualNetwork",
                        "SSISDB connections from the IR's virtual network"));
            }
            if (endpoint == CatalogEndpointKind.PUBLIC && irSubnet == null) {
                rules.add(new RequiredRule(mi.getSubnet(), SecurityRuleDirection.INBOUND, "AzureCloud", "VirtualNetwork", "3342",
                        DesignRule.EP_3, "Liftshift-PublicEndpointFromAzure", "The IR reaches the public endpoint from Azure"));
            }
            if (endpoint == CatalogEndpointKind.PUBLIC && irSubnet != null) {
                int index = 0;
                for (PublicIpAddress ip : runtime.getVnetInjection().getPublicIps()) {
                    if (DesignNavigation.hasText(ip.getIpAddress())) {
                        rules.add(new RequiredRule(mi.getSubnet(), SecurityRuleDirection.INBOUND, ip.getIpAddress(),
                                "VirtualNetwork", "3342", DesignRule.EP_4, "Liftshift-PublicEndpointFromIr" + ++index,
                                "The IR's public IP " + ip.getName() + " reaches the public endpoint"));
                    }
                }
                if (DesignNavigation.hasText(mi.getPublicEndpointAddress())) {
                    rules.add(new RequiredRule(irSubnet, SecurityRuleDirection.OUTBOUND, "VirtualNetwork",
                            mi.getPublicEndpointAddress(), "3342", DesignRule.EP_4, "Liftshift-PublicEndpoint",
                            "The IR reaches the public endpoint of " + mi.getName()));
                }
            }
        }
        return rules;
    }

    /**
     * The addresses of a subnet not yet taken, after the five Azure reserves and those in use; empty
     * when its prefix is not a valid IPv4 range.
     */
    public static OptionalLong freeAddresses(Subnet subnet) {
        return Ipv4Range.parse(subnet.getAddressPrefix())
                .map(range -> OptionalLong.of(Math.max(0, range.size() - Ipv4Range.AZURE_RESERVED - subnet.getUsedAddresses())))
                .orElse(OptionalLong.empty());
    }

    /** The subnet addresses an IR takes: two per node (NET-6). */
    public static long addressesNeeded(AzureSsisIntegrationRuntime runtime) {
        return 2L * runtime.getNodeCount();
    }

    /**
     * Whether the NSG of the rule's subnet lets every port of the rule through, as Azure evaluates it;
     * true when the subnet has no NSG, since then nothing is filtered.
     */
    public static boolean isAllowed(RequiredRule rule) {
        NetworkSecurityGroup nsg = rule.subnet().getNetworkSecurityGroup();
        if (nsg == null) {
            return true;
        }
        for (int port : rule.portsToCheck()) {
            if (!NsgEvaluator.allows(nsg, new Flow(rule.direction(), rule.source(), rule.destination(), port))) {
                return false;
            }
        }
        return true;
    }

    /**
     * New NSG rules for the required rules of the runtime that its NSGs do not allow yet, by NSG, at
     * the first free priorities from {@link #FIRST_QUICK_FIX_PRIORITY} so that they come before the
     * usual deny rules. Nothing is added to the design: the caller adds them, as an undoable command.
     */
    public static Map<NetworkSecurityGroup, List<SecurityRule>> missingRules(AzureSsisIntegrationRuntime runtime) {
        Map<NetworkSecurityGroup, List<SecurityRule>> missing = new LinkedHashMap<>();
        Map<NetworkSecurityGroup, Set<Integer>> taken = new HashMap<>();
        for (RequiredRule required : of(runtime)) {
            NetworkSecurityGroup nsg = required.subnet().getNetworkSecurityGroup();
            if (nsg == null || isAllowed(required)) {
                continue;
            }
            Set<Integer> used = taken.computeIfAbsent(nsg, n -> {
                Set<Integer> priorities = new HashSet<>();
                n.getRules().forEach(r -> priorities.add(Integer.valueOf(r.getPriority())));
                return priorities;
            });
            int priority = FIRST_QUICK_FIX_PRIORITY;
            while (used.contains(Integer.valueOf(priority))) {
                priority += 10;
            }
            used.add(Integer.valueOf(priority));
            missing.computeIfAbsent(nsg, n -> new ArrayList<>()).add(toSecurityRule(required, priority));
        }
        return missing;
    }

    /** An allow rule for TCP that satisfies {@code required}. */
    public static SecurityRule toSecurityRule(RequiredRule required, int priority) {
        SecurityRule rule = TargetFactory.eINSTANCE.createSecurityRule();
        rule.setName(required.name());
        rule.setDescription(required.rule().id() + ": " + required.purpose());
        rule.setPriority(priority);
        rule.setDirection(required.direction());
        rule.setAccess(SecurityRuleAccess.ALLOW);
        rule.setProtocol(SecurityRuleProtocol.TCP);
        rule.setSourceAddressPrefix(required.source());
        rule.setDestinationAddressPrefix(required.destination());
        for (String ports : required.ports().split(",")) {
            rule.getDestinationPortRanges().add(ports.trim());
        }
        return rule;
    }

    public static String ssisdbPorts(SqlHost host) {
        return host.getConnectionPolicy() == ConnectionPolicy.PROXY ? SQL_PORT : SQL_PORT + "," + REDIRECT_PORTS;
    }
}
