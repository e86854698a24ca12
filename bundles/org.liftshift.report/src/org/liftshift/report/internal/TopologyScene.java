package org.liftshift.report.internal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.liftshift.assess.OnPremisesHosts;
import org.liftshift.model.estate.SqlServerInstance;
import org.liftshift.model.navigation.DesignNavigation;
import org.liftshift.model.plan.BcdrDesign;
import org.liftshift.model.plan.MigrationPlan;
import org.liftshift.model.target.AzureSsisIntegrationRuntime;
import org.liftshift.model.target.CatalogEndpointKind;
import org.liftshift.model.target.DataFactory;
import org.liftshift.model.target.FailoverGroup;
import org.liftshift.model.target.ManagedInstance;
import org.liftshift.model.target.NetworkSecurityGroup;
import org.liftshift.model.target.PublicIpAddress;
import org.liftshift.model.target.ResourceGroup;
import org.liftshift.model.target.SecurityRuleDirection;
import org.liftshift.model.target.SelfHostedIntegrationRuntime;
import org.liftshift.model.target.SqlHost;
import org.liftshift.model.target.SsisCatalogDesign;
import org.liftshift.model.target.Subnet;
import org.liftshift.model.target.Subscription;
import org.liftshift.model.target.VNetInjectionMethod;
import org.liftshift.model.target.VirtualNetwork;
import org.liftshift.model.target.VirtualNetworkKind;
import org.liftshift.report.TopologyDiagram.EdgeKind;
import org.liftshift.report.TopologyDiagram.NodeKind;
import org.liftshift.validate.NetworkRequirements;
import org.liftshift.validate.NetworkRequirements.RequiredRule;

/**
 * What the topology diagram shows, before layout: the nodes nested as Azure nests them and the edges
 * with the ports the design's traffic needs (the same required rules the validator and the kit use).
 * Built in design order so that the layout, and so the diagram, is the same for the same design.
 */
public final class TopologyScene {

    /** How many on-premises hosts are drawn one by one before the rest are summed up in one node. */
    static final int MAX_ON_PREMISES_HOSTS = 8;

    public static final class SceneNode {
        final String id;
        final NodeKind kind;
        final String title;
        final List<String> details;
        final EObject element;
        final SceneNode parent;
        final List<SceneNode> children = new ArrayList<>();

        SceneNode(String id, NodeKind kind, String title, List<String> details, EObject element, SceneNode parent) {
            this.id = id;
            this.kind = kind;
            this.title = title;
            this.details = details;
            this.element = element;
            this.parent = parent;
        }
    }

    public record SceneEdge(String id, EdgeKind kind, SceneNode source, SceneNode target, String label) {
    }

    final List<SceneNode> roots = new ArrayList<>();
    final List<SceneEdge> edges = new ArrayList<>();
    private final Map<String, SceneNode> regions = new LinkedHashMap<>();
    private final Map<String, SceneNode> serviceTags = new LinkedHashMap<>();
    private final Map<EObject, SceneNode> byElement = new IdentityHashMap<>();
    private final Map<String, SceneEdge> edgesByEnds = new LinkedHashMap<>();
    /** The endpoints the IRs use to reach each SSISDB host. */
    private final Map<SqlHost, List<String>> endpoints = new IdentityHashMap<>();
    private SceneNode serviceTagGroup;
    private SceneNode onPremises;
    private SceneNode corporate;
    private final List<String> corporateRanges = new ArrayList<>();
    private int nextId;

    private TopologyScene() {
    }

    public static TopologyScene of(MigrationPlan plan) {
        TopologyScene scene = new TopologyScene();
        List<ResourceGroup> groups = new ArrayList<>();
        if (plan.getTarget() != null) {
            for (Subscription subscription : plan.getTarget().getSubscriptions()) {
                groups.addAll(subscription.getResourceGroups());
            }
        }
        groups.forEach(scene::addNetworks);
        for (AzureSsisIntegrationRuntime runtime : DesignNavigation.runtimes(plan)) {
            SsisCatalogDesign catalog = runtime.getCatalog();
            if (catalog != null && catalog.getHost() != null && catalog.getEndpointKind() != null) {
                scene.endpoints.computeIfAbsent(catalog.getHost(), h -> new ArrayList<>()).add(catalog.getEndpointKind().getName()
                        .toLowerCase(Locale.ROOT).replace('_', ' '));
            }
        }
        groups.forEach(scene::addHostsAndAddresses);
        groups.forEach(scene::addSecurityGroups);
        groups.forEach(scene::addFailoverGroups);
        groups.forEach(scene::addRuntimes);
        scene.addOnPremises(plan);
        for (AzureSsisIntegrationRuntime runtime : DesignNavigation.runtimes(plan)) {
            scene.addTraffic(runtime);
        }
        BcdrDesign bcdr = plan.getBcdr();
        if (bcdr != null && bcdr.getPrimaryRuntime() != null && bcdr.getSecondaryRuntime() != null) {
            scene.edge(EdgeKind.STANDBY, scene.byElement.get(bcdr.getPrimaryRuntime()), scene.byElement.get(bcdr.getSecondaryRuntime()),
                    "BCDR standby");
        }
        return scene;
    }

    private void addNetworks(ResourceGroup group) {
        for (VirtualNetwork network : group.getVirtualNetworks()) {
            List<String> details = new ArrayList<>();
            details.add(String.join(", ", network.getAddressSpaces()));
            if (network.getKind() == VirtualNetworkKind.CLASSIC) {
                details.add("classic virtual network");
            }
            SceneNode vnet = node(NodeKind.VIRTUAL_NETWORK, "VNet " + network.getName(), details, network,
                    region(DesignNavigation.regionOf(network)));
            for (Subnet subnet : network.getSubnets()) {
                List<String> subnetDetails = new ArrayList<>();
                subnetDetails.add(text(subnet.getAddressPrefix()));
                if (subnet.getRouteTable() != null) {
                    subnetDetails.add("route table " + subnet.getRouteTable().getName());
                }
                node(NodeKind.SUBNET, "Subnet " + subnet.getName(), subnetDetails, subnet, vnet);
            }
        }
    }

    private void addHostsAndAddresses(ResourceGroup group) {
        for (SqlHost host : group.getSqlHosts()) {
            List<String> details = new ArrayList<>();
            SceneNode parent;
            if (host instanceof ManagedInstance mi) {
                details.add("SQL Managed Instance");
                if (mi.isPublicEndpointEnabled()) {
                    details.add("public endpoint on (3342)");
                }
                parent = mi.getSubnet() != null && byElement.containsKey(mi.getSubnet()) ? byElement.get(mi.getSubnet())
                        : region(DesignNavigation.regionOf(host));
            } else {
                details.add("SQL Database logical server");
                parent = region(DesignNavigation.regionOf(host));
            }
            if (host.getConnectionPolicy() != null) {
                details.add("connection policy " + host.getConnectionPolicy().getLiteral());
            }
            List<String> used = endpoints.getOrDefault(host, List.of()).stream().distinct().toList();
            if (!used.isEmpty()) {
                details.add("SSISDB on the " + String.join(", ", used) + " endpoint");
            }
            node(NodeKind.SQL_HOST, host.getName(), details, host, parent);
        }
        for (PublicIpAddress ip : group.getPublicIpAddresses()) {
            List<String> details = new ArrayList<>();
            details.add(DesignNavigation.hasText(ip.getIpAddress()) ? ip.getIpAddress() : "address not yet known");
            details.add(ip.getSku() + " " + ip.getAllocation());
            node(NodeKind.PUBLIC_IP, "Public IP " + ip.getName(), details, ip,
                    region(DesignNavigation.hasText(ip.getRegion()) ? ip.getRegion() : group.getRegion()));
        }
    }

    /** An NSG sits in the one subnet it filters; one filtering several subnets sits in its region. */
    private void addSecurityGroups(ResourceGroup group) {
        for (NetworkSecurityGroup nsg : group.getNetworkSecurityGroups()) {
            List<SceneNode> subnets = new ArrayList<>();
            for (Map.Entry<EObject, SceneNode> entry : byElement.entrySet()) {
                if (entry.getKey() instanceof Subnet subnet && subnet.getNetworkSecurityGroup() == nsg) {
                    subnets.add(entry.getValue());
                }
            }
            subnets.sort((a, b) -> Integer.compare(order(a), order(b)));
            SceneNode parent = subnets.size() == 1 ? subnets.get(0)
                    : region(DesignNavigation.hasText(nsg.getRegion()) ? nsg.getRegion() : group.getRegion());
            SceneNode node = node(NodeKind.NETWORK_SECURITY_GROUP, "NSG " + nsg.getName(),
                    List.of(nsg.getRules().size() + (nsg.getRules().size() == 1 ? " rule" : " rules")), nsg, parent);
            if (subnets.size() > 1) {
                for (SceneNode subnet : subnets) {
                    edge(EdgeKind.ATTACHMENT, node, subnet, "filters");
                }
            }
        }
    }

    private void addFailoverGroups(ResourceGroup group) {
        for (FailoverGroup failoverGroup : group.getFailoverGroups()) {
            List<String> details = new ArrayList<>();
            if (DesignNavigation.hasText(failoverGroup.getReadWriteListener())) {
                details.add("listener " + failoverGroup.getReadWriteListener());
            }
            SceneNode node = node(NodeKind.FAILOVER_GROUP, "Failover group " + failoverGroup.getName(), details, failoverGroup, null);
            edge(EdgeKind.REPLICATION, node, byElement.get(failoverGroup.getPrimary()), "primary");
            edge(EdgeKind.REPLICATION, node, byElement.get(failoverGroup.getSecondary()), "geo-replica");
        }
    }

    private void addRuntimes(ResourceGroup group) {
        for (DataFactory factory : group.getDataFactories()) {
            for (AzureSsisIntegrationRuntime runtime : factory.getIntegrationRuntimes()) {
                List<String> details = new ArrayList<>();
                details.add(runtime.getNodeCount() + " x " + text(runtime.getNodeSize()) + ", " + runtime.getEdition().getLiteral());
                details.add("data factory " + factory.getName());
                Subnet subnet = runtime.getVnetInjection() == null ? null : runtime.getVnetInjection().getSubnet();
                details.add(subnet == null ? "no virtual network"
                        : (runtime.getVnetInjection().getMethod() == VNetInjectionMethod.EXPRESS ? "express" : "standard")
                                + " virtual network injection");
                SceneNode parent = subnet != null && byElement.containsKey(subnet) ? byElement.get(subnet)
                        : region(DesignNavigation.regionOf(runtime));
                SceneNode node = node(NodeKind.INTEGRATION_RUNTIME, "Azure-SSIS IR " + runtime.getName(), details, runtime, parent);
                if (runtime.getVnetInjection() != null) {
                    for (PublicIpAddress ip : runtime.getVnetInjection().getPublicIps()) {
                        edge(EdgeKind.ATTACHMENT, node, byElement.get(ip), "public IP");
                    }
                }
            }
            for (SelfHostedIntegrationRuntime selfHosted : factory.getSelfHostedRuntimes()) {
                node(NodeKind.SELF_HOSTED_RUNTIME, "Self-hosted IR " + selfHosted.getName(),
                        List.of(selfHosted.getNodes().size() + (selfHosted.getNodes().size() == 1 ? " node" : " nodes"),
                                "data factory " + factory.getName()),
                        selfHosted, onPremises());
            }
        }
    }

    private void addOnPremises(MigrationPlan plan) {
        if (plan.getEstate() == null) {
            return;
        }
        for (SqlServerInstance instance : plan.getEstate().getInstances()) {
            int packages = 0;
            if (instance.getCatalog() != null) {
                packages = (int) instance.getCatalog().getFolders().stream().flatMap(f -> f.getProjects().stream())
                        .mapToLong(p -> p.getPackages().size()).sum();
            }
            node(NodeKind.ON_PREMISES_SERVER, "SQL Server " + instance.getName(),
                    List.of("SSIS source, " + packages + (packages == 1 ? " package" : " packages")), instance, onPremises());
        }
        List<String> hosts = new ArrayList<>(OnPremisesHosts.of(plan.getEstate()).keySet());
        hosts.removeIf(host -> plan.getEstate().getInstances().stream()
                .anyMatch(i -> i.getName() != null && i.getName().toLowerCase(Locale.ROOT).split("\\\\")[0].equals(host)));
        for (String host : hosts.subList(0, Math.min(hosts.size(), MAX_ON_PREMISES_HOSTS))) {
            node(NodeKind.ON_PREMISES_SERVER, host, List.of("data source"), null, onPremises());
        }
        if (hosts.size() > MAX_ON_PREMISES_HOSTS) {
            node(NodeKind.ON_PREMISES_SERVER, "+" + (hosts.size() - MAX_ON_PREMISES_HOSTS) + " more hosts",
                    List.of("listed in the inventory"), null, onPremises());
        }
    }

    /** The IR's SSISDB connection, the service tags its subnet must reach, its data proxy and the corporate network. */
    private void addTraffic(AzureSsisIntegrationRuntime runtime) {
        SceneNode ir = byElement.get(runtime);
        SsisCatalogDesign catalog = runtime.getCatalog();
        if (catalog != null && catalog.getHost() != null) {
            boolean listener = catalog.getEndpointKind() == CatalogEndpointKind.FAILOVER_GROUP_LISTENER && catalog.getFailoverGroup() != null;
            boolean publicEndpoint = catalog.getHost() instanceof ManagedInstance && catalog.getEndpointKind() == CatalogEndpointKind.PUBLIC;
            SceneNode target = byElement.get(listener ? catalog.getFailoverGroup() : catalog.getHost());
            edge(EdgeKind.TRAFFIC, ir, target, "SSISDB: " + tcp(publicEndpoint ? "3342" : NetworkRequirements.ssisdbPorts(catalog.getHost())));
        }
        Subnet subnet = runtime.getVnetInjection() == null ? null : runtime.getVnetInjection().getSubnet();
        for (RequiredRule rule : NetworkRequirements.of(runtime)) {
            if (rule.subnet() != subnet) {
                continue; // rules on the SSISDB host's subnet are the SSISDB edge
            }
            boolean inbound = rule.direction() == SecurityRuleDirection.INBOUND;
            String other = inbound ? rule.source() : rule.destination();
            if (isServiceTag(other)) {
                SceneNode tag = serviceTag(other);
                edge(EdgeKind.TRAFFIC, inbound ? tag : ir, inbound ? ir : tag, tcp(rule.ports()));
            }
        }
        if (runtime.getDataProxy() != null && runtime.getDataProxy().getSelfHostedRuntime() != null) {
            edge(EdgeKind.TRAFFIC, ir, byElement.get(runtime.getDataProxy().getSelfHostedRuntime()), "data proxy");
        }
        if (subnet != null && !DesignNavigation.networkOf(subnet).getOnPremisesRanges().isEmpty()) {
            edge(EdgeKind.TRAFFIC, ir, corporateNetwork(DesignNavigation.networkOf(subnet)), "VPN or ExpressRoute");
        }
    }

    /** One node for the corporate network, however many virtual networks reach it; it lists every range. */
    private SceneNode corporateNetwork(VirtualNetwork network) {
        for (String range : network.getOnPremisesRanges()) {
            if (!corporateRanges.contains(range)) {
                corporateRanges.add(range);
            }
        }
        if (corporate == null) {
            corporate = node(NodeKind.ON_PREMISES_NETWORK, "Corporate network", corporateRanges, null, onPremises());
        }
        return corporate;
    }

    private static boolean isServiceTag(String value) {
        return value.chars().allMatch(Character::isLetter) && !value.equals("VirtualNetwork") && !value.equals("Sql");
    }

    private static String tcp(String ports) {
        return "TCP " + ports.replace(",", ", ");
    }

    private SceneNode serviceTag(String tag) {
        if (serviceTagGroup == null) {
            serviceTagGroup = node(NodeKind.SERVICE_TAGS, "Azure services", List.of("service tags"), null, null);
        }
        return serviceTags.computeIfAbsent(tag, t -> node(NodeKind.SERVICE_TAG, t, List.of(), null, serviceTagGroup));
    }

    private SceneNode onPremises() {
        if (onPremises == null) {
            onPremises = node(NodeKind.ON_PREMISES, "On-premises", List.of(), null, null);
        }
        return onPremises;
    }

    private SceneNode region(String region) {
        String name = DesignNavigation.hasText(region) ? region : "(region not set)";
        return regions.computeIfAbsent(name.toLowerCase(Locale.ROOT),
                key -> node(NodeKind.REGION, "Region " + name, List.of(), null, null));
    }

    private SceneNode node(NodeKind kind, String title, List<String> details, EObject element, SceneNode parent) {
        SceneNode node = new SceneNode("n" + ++nextId, kind, text(title), details, element, parent);
        (parent == null ? roots : parent.children).add(node);
        if (element != null) {
            byElement.put(element, node);
        }
        return node;
    }

    /** One edge per pair of ends: a second reason between the same two nodes joins the first's label. */
    private void edge(EdgeKind kind, SceneNode source, SceneNode target, String label) {
        if (source == null || target == null || source == target) {
            return;
        }
        String key = source.id + ">" + target.id;
        SceneEdge existing = edgesByEnds.get(key);
        if (existing != null) {
            if (!existing.label().contains(label)) {
                SceneEdge joined = new SceneEdge(existing.id(), existing.kind(), source, target, existing.label() + "; " + label);
                edges.set(edges.indexOf(existing), joined);
                edgesByEnds.put(key, joined);
            }
            return;
        }
        SceneEdge edge = new SceneEdge("e" + (edges.size() + 1), kind, source, target, label);
        edges.add(edge);
        edgesByEnds.put(key, edge);
    }

    private static int order(SceneNode node) {
        return Integer.parseInt(node.id.substring(1));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
