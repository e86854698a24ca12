package org.liftshift.report.internal;

import java.util.List;

import org.liftshift.model.navigation.ObjectPaths;
import org.liftshift.report.TopologyDiagram;
import org.liftshift.report.TopologyStyle;
import org.liftshift.report.TopologyDiagram.Edge;
import org.liftshift.report.TopologyDiagram.Node;
import org.liftshift.report.TopologyDiagram.NodeKind;
import org.liftshift.report.TopologyDiagram.Point;

/**
 * A laid-out topology as SVG: one {@code g.node} per node carrying its kind and, for design objects, the
 * object's path ({@code data-path}), and one {@code g.edge} per edge. Only rectangles, polylines,
 * polygons and text are used (no markers, transforms or CSS classes for styling) so that the PDF
 * renderer's small SVG painter draws the same picture.
 */
public final class TopologySvg {

    public static final String FONT = "Segoe UI, Helvetica, Arial, sans-serif";

    private TopologySvg() {
    }

    public static String write(TopologyDiagram diagram) {
        return write(diagram, Double.MAX_VALUE, Double.MAX_VALUE);
    }

    /** Shown at most {@code maxWidth} by {@code maxHeight}: scaled down through the view box, never up. */
    public static String write(TopologyDiagram diagram, double maxWidth, double maxHeight) {
        StringBuilder svg = new StringBuilder();
        double scale = Math.min(1, Math.min(maxWidth / Math.ceil(diagram.width()), maxHeight / Math.ceil(diagram.height())));
        String width = Markup.number(Math.ceil(diagram.width()));
        String height = Markup.number(Math.ceil(diagram.height()));
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(Markup.number(Math.floor(Math.ceil(diagram.width()) * scale)))
                .append("\" height=\"").append(Markup.number(Math.floor(Math.ceil(diagram.height()) * scale)))
                .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height).append("\" font-family=\"").append(FONT)
                .append("\" class=\"topology\">\n");
        svg.append("<title>Network topology</title>\n");
        for (Node node : diagram.nodes()) {
            node(svg, node);
        }
        for (Edge edge : diagram.edges()) {
            edge(svg, edge);
        }
        return svg.append("</svg>\n").toString();
    }

    private static void node(StringBuilder svg, Node node) {
        svg.append("<g class=\"node\" id=\"").append(node.id()).append("\" data-kind=\"").append(node.kind().name()).append('"');
        if (node.element() != null) {
            svg.append(" data-path=\"").append(Markup.escape(ObjectPaths.of(node.element()))).append('"');
        }
        svg.append(">\n<rect x=\"").append(Markup.number(node.x())).append("\" y=\"").append(Markup.number(node.y()))
                .append("\" width=\"").append(Markup.number(node.width())).append("\" height=\"").append(Markup.number(node.height()))
                .append("\" rx=\"4\" fill=\"").append(TopologyStyle.fill(node.kind())).append("\" stroke=\"").append(TopologyStyle.stroke(node.kind()))
                .append("\" stroke-width=\"").append(node.kind() == NodeKind.INTEGRATION_RUNTIME ? "2" : "1").append('"')
                .append(TopologyStyle.dashed(node.kind()) ? " stroke-dasharray=\"6 4\"" : "").append("/>\n");
        double x = node.x() + TopologyLayout.PAD;
        double y = node.y() + TopologyLayout.TITLE_HEIGHT;
        text(svg, x, y, TextMetrics.TITLE_SIZE, true, "#1f2328", node.title());
        for (String detail : node.details()) {
            y += TopologyLayout.LINE_HEIGHT;
            text(svg, x, y, TextMetrics.DETAIL_SIZE, false, "#57606a", detail);
        }
        svg.append("</g>\n");
    }

    private static void edge(StringBuilder svg, Edge edge) {
        List<Point> points = edge.points();
        if (points.size() < 2) {
            return;
        }
        String colour = TopologyStyle.stroke(edge.kind());
        svg.append("<g class=\"edge\" id=\"").append(edge.id()).append("\" data-kind=\"").append(edge.kind().name())
                .append("\" data-source=\"").append(edge.source()).append("\" data-target=\"").append(edge.target()).append("\">\n");
        svg.append("<polyline fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"1.5\"")
                .append(TopologyStyle.dashed(edge.kind()) ? " stroke-dasharray=\"5 3\"" : "").append(" points=\"");
        for (int i = 0; i < points.size(); i++) {
            svg.append(i == 0 ? "" : " ").append(Markup.number(points.get(i).x())).append(',').append(Markup.number(points.get(i).y()));
        }
        svg.append("\"/>\n");
        double[] head = TopologyStyle.arrowhead(points.get(points.size() - 2), points.get(points.size() - 1));
        svg.append("<polygon fill=\"").append(colour).append("\" points=\"").append(Markup.number(head[0])).append(',')
                .append(Markup.number(head[1])).append(' ').append(Markup.number(head[2])).append(',').append(Markup.number(head[3]))
                .append(' ').append(Markup.number(head[4])).append(',').append(Markup.number(head[5])).append("\"/>\n");
        if (!edge.label().isEmpty()) {
            svg.append("<rect x=\"").append(Markup.number(edge.labelX())).append("\" y=\"").append(Markup.number(edge.labelY()))
                    .append("\" width=\"").append(Markup.number(edge.labelWidth())).append("\" height=\"")
                    .append(Markup.number(edge.labelHeight())).append("\" fill=\"#ffffff\" fill-opacity=\"0.85\"/>\n");
            text(svg, edge.labelX() + 2, edge.labelY() + edge.labelHeight() - 3.5, TextMetrics.DETAIL_SIZE, false, colour, edge.label());
        }
        svg.append("</g>\n");
    }

    private static void text(StringBuilder svg, double x, double y, double size, boolean bold, String colour, String text) {
        svg.append("<text x=\"").append(Markup.number(x)).append("\" y=\"").append(Markup.number(y)).append("\" font-size=\"")
                .append(Markup.number(size)).append('"').append(bold ? " font-weight=\"bold\"" : "").append(" fill=\"").append(colour)
                .append("\">").append(Markup.escape(text)).append("</text>\n");
    }
}
