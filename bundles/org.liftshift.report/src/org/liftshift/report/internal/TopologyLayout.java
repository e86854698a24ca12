package org.liftshift.report.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.math.KVector;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.core.options.SizeConstraint;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.liftshift.report.TopologyDiagram;
import org.liftshift.report.TopologyDiagram.Edge;
import org.liftshift.report.TopologyDiagram.Node;
import org.liftshift.report.TopologyDiagram.Point;
import org.liftshift.report.internal.TopologyScene.SceneEdge;
import org.liftshift.report.internal.TopologyScene.SceneNode;

/**
 * Lays a topology scene out with ELK's layered algorithm, left to right: each container on its own,
 * with ELK routing the edges inside it, and the edges between containers drawn straight. Text sizes are estimated from the character
 * count ({@link TextMetrics}) rather than measured with a font, so the layout does not depend on the
 * fonts of the machine: the diagram is the same everywhere.
 */
public final class TopologyLayout {

    static final double TITLE_HEIGHT = 18;
    static final double LINE_HEIGHT = 14;
    static final double PAD = 8;
    private static final double MIN_WIDTH = 120;

    private static boolean registered;

    private TopologyLayout() {
    }

    public static TopologyDiagram layout(TopologyScene scene) {
        registerAlgorithm();
        ElkNode graph = ElkGraphUtil.createGraph();
        configure(graph);
        graph.setProperty(CoreOptions.PADDING, new ElkPadding(PAD));
        Map<SceneNode, ElkNode> shapes = new IdentityHashMap<>();
        for (SceneNode root : scene.roots) {
            add(root, graph, shapes);
        }
        Map<SceneEdge, ElkEdge> connections = new IdentityHashMap<>();
        Set<String> linkedRoots = new HashSet<>();
        for (SceneEdge edge : scene.edges) {
            if (edge.source().parent == edge.target().parent) {
                ElkEdge elkEdge = ElkGraphUtil.createSimpleEdge(shapes.get(edge.source()), shapes.get(edge.target()));
                ElkGraphUtil.updateContainment(elkEdge);
                ElkLabel label = ElkGraphUtil.createLabel(edge.label(), elkEdge);
                label.setDimensions(labelWidth(edge), LINE_HEIGHT);
                label.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
                connections.put(edge, elkEdge);
            } else {
                // the top-level boxes the edge joins are placed as if joined, so that they end up side by side
                SceneNode from = root(edge.source());
                SceneNode to = root(edge.target());
                if (from != to && linkedRoots.add(from.id + ">" + to.id)) {
                    ElkGraphUtil.updateContainment(ElkGraphUtil.createSimpleEdge(shapes.get(from), shapes.get(to)));
                }
            }
        }
        new RecursiveGraphLayoutEngine().layout(graph, new BasicProgressMonitor());

        List<Node> nodes = new ArrayList<>();
        for (SceneNode root : scene.roots) {
            collect(root, shapes, 0, 0, nodes);
        }
        Map<String, Node> byId = new HashMap<>();
        nodes.forEach(n -> byId.put(n.id(), n));
        List<Edge> edges = new ArrayList<>();
        for (SceneEdge edge : scene.edges) {
            ElkEdge routed = connections.get(edge);
            edges.add(routed != null ? edge(edge, routed, graph) : straight(edge, byId.get(edge.source().id), byId.get(edge.target().id)));
        }
        return new TopologyDiagram(graph.getWidth(), graph.getHeight(), List.copyOf(nodes), List.copyOf(edges));
    }

    private static SceneNode root(SceneNode node) {
        SceneNode root = node;
        while (root.parent != null) {
            root = root.parent;
        }
        return root;
    }

    private static double labelWidth(SceneEdge edge) {
        return TextMetrics.width(edge.label(), TextMetrics.DETAIL_SIZE, false) + 4;
    }

    /**
     * An edge between boxes in different containers: a straight line between the two box outlines,
     * labelled at its middle. Each container is laid out on its own, which keeps the diagram compact
     * enough to read on one page; routing such edges through the hierarchy made it three times wider.
     */
    private static Edge straight(SceneEdge edge, Node from, Node to) {
        Point start = outline(from, to);
        Point end = outline(to, from);
        double width = labelWidth(edge);
        return new Edge(edge.id(), edge.kind(), edge.source().id, edge.target().id, List.of(start, end), edge.label(),
                round((start.x() + end.x() - width) / 2), round((start.y() + end.y() - LINE_HEIGHT) / 2), round(width), LINE_HEIGHT);
    }

    /** Where the line from the centre of {@code box} towards the centre of {@code other} leaves {@code box}. */
    private static Point outline(Node box, Node other) {
        double cx = box.x() + box.width() / 2;
        double cy = box.y() + box.height() / 2;
        double dx = other.x() + other.width() / 2 - cx;
        double dy = other.y() + other.height() / 2 - cy;
        if (dx == 0 && dy == 0) {
            return new Point(round(cx), round(cy));
        }
        double t = Math.min(dx == 0 ? Double.MAX_VALUE : box.width() / 2 / Math.abs(dx),
                dy == 0 ? Double.MAX_VALUE : box.height() / 2 / Math.abs(dy));
        return new Point(round(cx + dx * t), round(cy + dy * t));
    }

    private static synchronized void registerAlgorithm() {
        // ELK finds its algorithms through the Eclipse registry or ServiceLoader, neither reliable inside OSGi
        if (!registered) {
            LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
            registered = true;
        }
    }

    private static void configure(ElkNode graph) {
        graph.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        graph.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
        graph.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.SEPARATE_CHILDREN);
        graph.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        graph.setProperty(CoreOptions.SPACING_NODE_NODE, 24.0);
        graph.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 48.0);
        graph.setProperty(CoreOptions.SPACING_EDGE_LABEL, 3.0);
        graph.setProperty(CoreOptions.RANDOM_SEED, 1);
    }

    private static void add(SceneNode node, ElkNode parent, Map<SceneNode, ElkNode> shapes) {
        ElkNode shape = ElkGraphUtil.createNode(parent);
        shapes.put(node, shape);
        double textWidth = Math.max(TextMetrics.width(node.title, TextMetrics.TITLE_SIZE, true),
                node.details.stream().mapToDouble(d -> TextMetrics.width(d, TextMetrics.DETAIL_SIZE, false)).max().orElse(0));
        double header = TITLE_HEIGHT + LINE_HEIGHT * node.details.size() + PAD;
        if (node.children.isEmpty()) {
            shape.setDimensions(Math.max(MIN_WIDTH, textWidth + 2 * PAD), header + PAD / 2);
            return;
        }
        // a container's own text sits in its top padding; its minimum width keeps the text inside
        configure(shape);
        shape.setProperty(CoreOptions.PADDING, new ElkPadding(header + PAD, 2 * PAD, 2 * PAD, 2 * PAD));
        shape.setProperty(CoreOptions.NODE_SIZE_MINIMUM, new KVector(textWidth + 2 * PAD, header));
        shape.setProperty(CoreOptions.NODE_SIZE_CONSTRAINTS, EnumSet.of(SizeConstraint.MINIMUM_SIZE));
        for (SceneNode child : node.children) {
            add(child, shape, shapes);
        }
    }

    private static void collect(SceneNode node, Map<SceneNode, ElkNode> shapes, double offsetX, double offsetY, List<Node> out) {
        ElkNode shape = shapes.get(node);
        double x = offsetX + shape.getX();
        double y = offsetY + shape.getY();
        out.add(new Node(node.id, node.kind, node.title, List.copyOf(node.details), node.element,
                node.parent == null ? null : node.parent.id, round(x), round(y), round(shape.getWidth()), round(shape.getHeight())));
        for (SceneNode child : node.children) {
            collect(child, shapes, x, y, out);
        }
    }

    /** Edge coordinates are relative to the node that contains the edge: made absolute here. */
    private static Edge edge(SceneEdge edge, ElkEdge elkEdge, ElkNode graph) {
        double[] offset = absolute(elkEdge.getContainingNode(), graph);
        List<Point> points = new ArrayList<>();
        for (ElkEdgeSection section : elkEdge.getSections()) {
            points.add(point(section.getStartX(), section.getStartY(), offset));
            for (ElkBendPoint bend : section.getBendPoints()) {
                points.add(point(bend.getX(), bend.getY(), offset));
            }
            points.add(point(section.getEndX(), section.getEndY(), offset));
        }
        ElkLabel label = elkEdge.getLabels().get(0);
        return new Edge(edge.id(), edge.kind(), edge.source().id, edge.target().id, List.copyOf(points), edge.label(),
                round(offset[0] + label.getX()), round(offset[1] + label.getY()), round(label.getWidth()), round(label.getHeight()));
    }

    private static double[] absolute(ElkNode node, ElkNode graph) {
        double x = 0;
        double y = 0;
        for (ElkNode n = node; n != null && n != graph; n = n.getParent()) {
            x += n.getX();
            y += n.getY();
        }
        return new double[] { x, y };
    }

    private static Point point(double x, double y, double[] offset) {
        return new Point(round(offset[0] + x), round(offset[1] + y));
    }

    /** One decimal: enough for drawing, and stable text in the SVG. */
    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
