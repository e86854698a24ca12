package org.liftshift.validate.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.liftshift.model.target.NetworkSecurityGroup;
import org.liftshift.model.target.SecurityRule;
import org.liftshift.model.target.SecurityRuleAccess;
import org.liftshift.model.target.SecurityRuleDirection;
import org.liftshift.model.target.SecurityRuleProtocol;

/**
 * Decides whether an NSG lets a TCP flow through, as Azure does: the rules in priority order, the
 * first that matches decides; when none matches, the default rules (inbound only from the virtual
 * network and the load balancer, outbound to the virtual network and the Internet).
 */
public final class NsgEvaluator {

    /** Service tags that stand for public Azure or Internet addresses, all inside the Internet tag. */
    private static final Set<String> PUBLIC_TAGS = Set.of("internet", "azurecloud", "storage", "sql",
            "batchnodemanagement", "datafactorymanagement", "azureactivedirectory");

    private NsgEvaluator() {
    }

    /** A TCP flow between two endpoints given as service tags or IPv4 addresses/prefixes. */
    public record Flow(SecurityRuleDirection direction, String source, String destination, int port) {
        @Override
        public String toString() {
            return (direction == SecurityRuleDirection.INBOUND ? "inbound " : "outbound ") + source + " -> "
                    + destination + " TCP " + port;
        }
    }

    public static boolean allows(NetworkSecurityGroup nsg, Flow flow) {
        Optional<SecurityRule> deciding = nsg.getRules().stream()
                .sorted(Comparator.comparingInt(SecurityRule::getPriority))
                .filter(rule -> matches(rule, flow))
                .findFirst();
        if (deciding.isPresent()) {
            return deciding.get().getAccess() == SecurityRuleAccess.ALLOW;
        }
        return allowedByDefault(flow);
    }

    private static boolean allowedByDefault(Flow flow) {
        if (flow.direction() == SecurityRuleDirection.INBOUND) {
            return isTag(flow.source(), "VirtualNetwork") && isTag(flow.destination(), "VirtualNetwork")
                    || isTag(flow.source(), "AzureLoadBalancer");
        }
        return true; // AllowVnetOutBound and AllowInternetOutBound cover every destination
    }

    private static boolean matches(SecurityRule rule, Flow flow) {
        return rule.getDirection() == flow.direction()
                && (rule.getProtocol() == SecurityRuleProtocol.TCP || rule.getProtocol() == SecurityRuleProtocol.ANY)
                && portMatches(rule.getDestinationPortRanges(), flow.port())
                && prefixMatches(rule.getSourceAddressPrefix(), flow.source())
                && prefixMatches(rule.getDestinationAddressPrefix(), flow.destination());
    }

    static boolean portMatches(List<String> ranges, int port) {
        if (ranges.isEmpty()) {
            return true;
        }
        for (String range : ranges) {
            for (String part : range.split(",")) {
                String trimmed = part.trim();
                if (trimmed.equals("*")) {
                    return true;
                }
                String[] bounds = trimmed.split("-");
                try {
                    int low = Integer.parseInt(bounds[0].trim());
                    int high = bounds.length > 1 ? Integer.parseInt(bounds[1].trim()) : low;
                    if (low <= port && port <= high) {
                        return true;
                    }
                } catch (NumberFormatException e) {
                    // a malformed range matches nothing
                }
            }
        }
        return false;
    }

    static boolean prefixMatches(String rulePrefix, String endpoint) {
        if (rulePrefix == null || rulePrefix.isBlank() || rulePrefix.equals("*") || rulePrefix.equalsIgnoreCase("Any")) {
            return true;
        }
        if (rulePrefix.equalsIgnoreCase(endpoint)) {
            return true;
        }
        String tag = rulePrefix.toLowerCase(Locale.ROOT);
        String target = endpoint.toLowerCase(Locale.ROOT);
        if (tag.equals("internet") && (PUBLIC_TAGS.contains(target) || isPublicAddress(endpoint))) {
            return true;
        }
        // regional service tags such as Sql.WestEurope contain the global tag's traffic for that region
        if (target.startsWith(tag + ".") || tag.startsWith(target + ".")) {
            return true;
        }
        Optional<Ipv4Range> rule = Ipv4Range.parse(rulePrefix);
        Optional<Ipv4Range> flow = Ipv4Range.parse(endpoint);
        return rule.isPresent() && flow.isPresent() && rule.get().contains(flow.get());
    }

    private static boolean isPublicAddress(String endpoint) {
        return Ipv4Range.parse(endpoint).filter(range -> !isPrivate(range)).isPresent();
    }

    private static boolean isPrivate(Ipv4Range range) {
        return Ipv4Range.parse("10.0.0.0/8").orElseThrow().contains(range)
                || Ipv4Range.CUSTOM_SETUP_RANGE.contains(range)
                || Ipv4Range.parse("192.168.0.0/16").orElseThrow().contains(range);
    }

    private static boolean isTag(String endpoint, String tag) {
        return endpoint.equalsIgnoreCase(tag);
    }
}
