package org.liftshift.report.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

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
 * Lays a topology scene out with ELK's layered algorithm, left to right, across the hierarchy, so that
 * edges between nested boxes are routed as one graph. Text sizes are estimated from the character
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
        for (SceneEdge edge : scene.edges) {
            ElkEdge elkEdge = ElkGraphUtil.createSimpleEdge(shapes.get(edge.source()), shapes.get(edge.target()));
            ElkGraphUtil.updateContainment(elkEdge);
            ElkLabel label = ElkGraphUtil.createLabel(edge.label(), elkEdge);
            label.setDimensions(TextMetrics.width(edge.label(), TextMetrics.DETAIL_SIZE, false) + 4, LINE_HEIGHT);
            label.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
            connections.put(edge, elkEdge);
        }
        new RecursiveGraphLayoutEngine().layout(graph, new BasicProgressMonitor());

        List<Node> nodes = new ArrayList<>();
        for (SceneNode root : scene.roots) {
            collect(root, shapes, 0, 0, nodes);
        }
        List<Edge> edges = new ArrayList<>();
        for (SceneEdge edge : scene.edges) {
            edges.add(edge(edge, connections.get(edge), graph));
        }
        return new TopologyDiagram(graph.getWidth(), graph.getHeight(), List.copyOf(nodes), List.copyOf(edges));
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
        graph.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.INCLUDE_CHILDREN);
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
