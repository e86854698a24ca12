package org.liftshift.report;

import java.util.Map;

import org.liftshift.report.TopologyDiagram.EdgeKind;
import org.liftshift.report.TopologyDiagram.NodeKind;
import org.liftshift.report.TopologyDiagram.Point;

/** How the topology looks, the same in the SVG, the PDF and the workbench's Topology view: colours, dashes, arrowheads. */
public final class TopologyStyle {

    private static final double ARROW_LENGTH = 8;
    private static final double ARROW_HALF_WIDTH = 4;

    /** Fill and stroke of each kind. */
    private static final Map<NodeKind, String[]> COLOURS = Map.ofEntries(Map.entry(NodeKind.REGION, new String[] { "#f6f8fa", "#8c959f" }),
            Map.entry(NodeKind.VIRTUAL_NETWORK, new String[] { "#eef6ff", "#0969da" }),
            Map.entry(NodeKind.SUBNET, new String[] { "#ffffff", "#54aeff" }),
            Map.entry(NodeKind.NETWORK_SECURITY_GROUP, new String[] { "#fff8c5", "#bf8700" }),
            Map.entry(NodeKind.PUBLIC_IP, new String[] { "#f0fff4", "#1a7f37" }),
            Map.entry(NodeKind.INTEGRATION_RUNTIME, new String[] { "#ddf4ff", "#0550ae" }),
            Map.entry(NodeKind.SQL_HOST, new String[] { "#fbefff", "#8250df" }),
            Map.entry(NodeKind.FAILOVER_GROUP, new String[] { "#fff1e5", "#bc4c00" }),
            Map.entry(NodeKind.SERVICE_TAGS, new String[] { "#f6f8fa", "#6e7781" }),
            Map.entry(NodeKind.SERVICE_TAG, new String[] { "#ffffff", "#6e7781" }),
            Map.entry(NodeKind.ON_PREMISES, new String[] { "#f6f8fa", "#57606a" }),
            Map.entry(NodeKind.SELF_HOSTED_RUNTIME, new String[] { "#ffebe9", "#cf222e" }),
            Map.entry(NodeKind.ON_PREMISES_SERVER, new String[] { "#ffffff", "#57606a" }),
            Map.entry(NodeKind.ON_PREMISES_NETWORK, new String[] { "#ffffff", "#57606a" }));

    private static final Map<EdgeKind, String> EDGE_COLOURS = Map.of(EdgeKind.TRAFFIC, "#0969da", EdgeKind.REPLICATION, "#bc4c00",
            EdgeKind.STANDBY, "#8250df", EdgeKind.ATTACHMENT, "#8c959f");

    private TopologyStyle() {
    }

    public static String fill(NodeKind kind) {
        return COLOURS.get(kind)[0];
    }

    public static String stroke(NodeKind kind) {
        return COLOURS.get(kind)[1];
    }

    public static String stroke(EdgeKind kind) {
        return EDGE_COLOURS.get(kind);
    }

    /** Dashed outlines for what is not a resource: regions, the on-premises side, and soft links. */
    public static boolean dashed(NodeKind kind) {
        return kind == NodeKind.REGION || kind == NodeKind.ON_PREMISES || kind == NodeKind.SERVICE_TAGS;
    }

    public static boolean dashed(EdgeKind kind) {
        return kind != EdgeKind.TRAFFIC;
    }

    /** The triangle at the end of an edge, pointing along its last segment: the tip and the base corners as x1, y1, x2, y2, x3, y3. */
    public static double[] arrowhead(Point from, Point tip) {
        double dx = tip.x() - from.x();
        double dy = tip.y() - from.y();
        double length = Math.hypot(dx, dy);
        if (length == 0) {
            dx = 1;
            length = 1;
        }
        double ux = dx / length;
        double uy = dy / length;
        double baseX = tip.x() - ux * ARROW_LENGTH;
        double baseY = tip.y() - uy * ARROW_LENGTH;
        return new double[] { tip.x(), tip.y(), baseX - uy * ARROW_HALF_WIDTH, baseY + ux * ARROW_HALF_WIDTH, baseX + uy * ARROW_HALF_WIDTH,
                baseY - ux * ARROW_HALF_WIDTH };
    }
}
