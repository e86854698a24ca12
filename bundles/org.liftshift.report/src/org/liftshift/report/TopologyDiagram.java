package org.liftshift.report;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.liftshift.model.plan.MigrationPlan;
import org.liftshift.report.internal.TopologyLayout;
import org.liftshift.report.internal.TopologyScene;
import org.liftshift.report.internal.TopologySvg;

/**
 * The network topology of a design, laid out: regions, virtual networks and subnets as nested boxes,
 * the integration runtimes, SSISDB hosts, failover groups, public IPs, NSGs, self-hosted IRs and the
 * on-premises sources inside them, and edges labelled with the ports the traffic needs. Coordinates are
 * absolute, in pixels, with the origin at the top left. The same input always gives the same diagram.
 *
 * @param nodes containers before their children, so painting in order draws children on top
 */
public record TopologyDiagram(double width, double height, List<Node> nodes, List<Edge> edges) {

    public enum NodeKind {
        REGION, VIRTUAL_NETWORK, SUBNET, NETWORK_SECURITY_GROUP, PUBLIC_IP, INTEGRATION_RUNTIME, SQL_HOST, FAILOVER_GROUP,
        SERVICE_TAGS, SERVICE_TAG, ON_PREMISES, SELF_HOSTED_RUNTIME, ON_PREMISES_SERVER, ON_PREMISES_NETWORK;

        /** Whether nodes of this kind hold others. */
        public boolean container() {
            return this == REGION || this == VIRTUAL_NETWORK || this == SUBNET || this == SERVICE_TAGS || this == ON_PREMISES;
        }
    }

    public enum EdgeKind {
        /** Traffic that needs the ports on the label. */
        TRAFFIC,
        /** Geo-replication of a failover group. */
        REPLICATION,
        /** The primary and secondary IR of a BCDR design. */
        STANDBY,
        /** An NSG filtering a subnet, or a public IP an IR uses. */
        ATTACHMENT
    }

    public record Point(double x, double y) {
    }

    /**
     * @param element the design object drawn, or null for nodes that stand for something outside the
     *        design (a region, a service tag, an on-premises server)
     * @param parent the id of the enclosing node, or null at the top
     */
    public record Node(String id, NodeKind kind, String title, List<String> details, EObject element, String parent, double x,
            double y, double width, double height) {

        public boolean contains(double px, double py) {
            return px >= x && px <= x + width && py >= y && py <= y + height;
        }
    }

    /** @param label the ports or role, placed at {@code labelX, labelY} (top left), or empty */
    public record Edge(String id, EdgeKind kind, String source, String target, List<Point> points, String label, double labelX,
            double labelY, double labelWidth, double labelHeight) {
    }

    /** Builds and lays out the topology of {@code plan}. */
    public static TopologyDiagram of(MigrationPlan plan) {
        return TopologyLayout.layout(TopologyScene.of(plan));
    }

    /** The diagram as a standalone SVG document. */
    public String svg() {
        return TopologySvg.write(this);
    }

    /** The innermost node at a point, e.g. for a click. */
    public Optional<Node> nodeAt(double x, double y) {
        Node hit = null;
        for (Node node : nodes) {
            if (node.contains(x, y)) {
                hit = node; // later nodes are nested deeper
            }
        }
        return Optional.ofNullable(hit);
    }

    /** The node that draws {@code element}, if any. */
    public Optional<Node> nodeOf(EObject element) {
        return nodes.stream().filter(n -> n.element() != null && n.element() == element).findFirst();
    }
}
