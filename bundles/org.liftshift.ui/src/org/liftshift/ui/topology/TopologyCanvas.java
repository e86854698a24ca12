package org.liftshift.ui.topology;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.liftshift.report.TopologyDiagram;
import org.liftshift.report.TopologyDiagram.Edge;
import org.liftshift.report.TopologyDiagram.Node;
import org.liftshift.report.TopologyDiagram.NodeKind;
import org.liftshift.report.TopologyStyle;

/**
 * Draws a laid-out topology with the report's colours, and lets the architect zoom (Ctrl+wheel, the
 * view's buttons), pan (drag, wheel, Shift+wheel) and pick a node (click). Diagram coordinates map to
 * the control as {@code (diagram - origin) * zoom}.
 */
final class TopologyCanvas {

    static final double MIN_ZOOM = 0.1;
    static final double MAX_ZOOM = 4;
    private static final Color SELECTED = new Color(0xfb, 0x85, 0x00);
    private static final Color TITLE = new Color(0x1f, 0x23, 0x28);
    private static final Color DETAIL = new Color(0x57, 0x60, 0x6a);
    private static final int DRAG_THRESHOLD = 3;

    private final Canvas canvas;
    private final Font titleFont;
    private final Font detailFont;
    private final Consumer<Node> picked;
    private TopologyDiagram diagram;
    private Node selected;
    private double zoom = 1;
    private double originX;
    private double originY;
    private Point dragStart;
    private boolean dragging;
    private boolean fitPending;

    TopologyCanvas(Composite parent, Consumer<Node> picked) {
        this.picked = picked;
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        FontData base = JFaceResources.getDefaultFont().getFontData()[0];
        // 9 and 8 points are the 12 and 10.5 pixels the layout sized the boxes for
        titleFont = new Font(canvas.getDisplay(), base.getName(), 9, SWT.BOLD);
        detailFont = new Font(canvas.getDisplay(), base.getName(), 8, SWT.NORMAL);
        canvas.addListener(SWT.Paint, this::paint);
        canvas.addListener(SWT.MouseDown, this::mouseDown);
        canvas.addListener(SWT.MouseMove, this::mouseMove);
        canvas.addListener(SWT.MouseUp, this::mouseUp);
        canvas.addListener(SWT.MouseVerticalWheel, this::wheel);
        canvas.addListener(SWT.Resize, e -> {
            if (fitPending) {
                fit();
            }
        });
        canvas.addListener(SWT.Dispose, e -> {
            titleFont.dispose();
            detailFont.dispose();
        });
    }

    Canvas control() {
        return canvas;
    }

    TopologyDiagram diagram() {
        return diagram;
    }

    double zoom() {
        return zoom;
    }

    Node selected() {
        return selected;
    }

    /** Shows a new diagram; the view keeps its zoom and place so that an edit does not move the picture. */
    void setDiagram(TopologyDiagram diagram) {
        boolean first = this.diagram == null;
        this.diagram = diagram;
        if (selected != null && diagram != null) {
            selected = selected.element() == null ? null : diagram.nodeOf(selected.element()).orElse(null);
        }
        if (first && diagram != null) {
            fit();
        }
        canvas.redraw();
    }

    /** Highlights the node and scrolls it into view; null clears the highlight. */
    void select(Node node) {
        selected = node;
        if (node != null) {
            reveal(node);
        }
        canvas.redraw();
    }

    void zoomBy(double factor) {
        Rectangle area = canvas.getClientArea();
        zoomAround(factor, area.width / 2.0, area.height / 2.0);
    }

    void setZoom(double value) {
        zoomBy(value / zoom);
    }

    /** The whole diagram in the view, at most at full size; done at the first resize when the view has no size yet. */
    void fit() {
        Rectangle area = canvas.getClientArea();
        fitPending = diagram != null && (area.width == 0 || area.height == 0);
        if (diagram == null || fitPending) {
            return;
        }
        zoom = clamp(Math.min(1, Math.min(area.width / diagram.width(), area.height / diagram.height())));
        originX = (diagram.width() - area.width / zoom) / 2;
        originY = (diagram.height() - area.height / zoom) / 2;
        canvas.redraw();
    }

    /** Moves the picture by a number of control pixels, as a drag does. */
    void panBy(int dx, int dy) {
        originX -= dx / zoom;
        originY -= dy / zoom;
        canvas.redraw();
    }

    /** Where a node's centre is on the control, for tests and tooltips. */
    Point pointOf(Node node) {
        return new Point((int) Math.round((node.x() + node.width() / 2 - originX) * zoom),
                (int) Math.round((node.y() + node.height() / 2 - originY) * zoom));
    }

    private void zoomAround(double factor, double px, double py) {
        double next = clamp(zoom * factor);
        // the diagram point under the cursor stays under it
        double mx = px / zoom + originX;
        double my = py / zoom + originY;
        zoom = next;
        originX = mx - px / zoom;
        originY = my - py / zoom;
        canvas.redraw();
    }

    private void reveal(Node node) {
        Rectangle area = canvas.getClientArea();
        double left = (node.x() - originX) * zoom;
        double top = (node.y() - originY) * zoom;
        double right = left + node.width() * zoom;
        double bottom = top + node.height() * zoom;
        if (left < 0 || top < 0 || right > area.width || bottom > area.height) {
            originX = node.x() + node.width() / 2 - area.width / (2 * zoom);
            originY = node.y() + node.height() / 2 - area.height / (2 * zoom);
        }
    }

    private static double clamp(double value) {
        return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, value));
    }

    private void mouseDown(Event event) {
        if (event.button == 1) {
            dragStart = new Point(event.x, event.y);
            dragging = false;
        }
    }

    private void mouseMove(Event event) {
        if (dragStart == null) {
            return;
        }
        if (!dragging && Math.abs(event.x - dragStart.x) + Math.abs(event.y - dragStart.y) > DRAG_THRESHOLD) {
            dragging = true;
            canvas.setCursor(canvas.getDisplay().getSystemCursor(SWT.CURSOR_SIZEALL));
        }
        if (dragging) {
            panBy(event.x - dragStart.x, event.y - dragStart.y);
            dragStart = new Point(event.x, event.y);
        }
    }

    private void mouseUp(Event event) {
        if (dragStart != null && !dragging && diagram != null) {
            diagram.nodeAt(event.x / zoom + originX, event.y / zoom + originY).filter(n -> n.element() != null).ifPresent(node -> {
                selected = node;
                canvas.redraw();
                picked.accept(node);
            });
        }
        dragStart = null;
        dragging = false;
        canvas.setCursor(null);
    }

    private void wheel(Event event) {
        if ((event.stateMask & SWT.MOD1) != 0) {
            zoomAround(event.count > 0 ? 1.1 : 1 / 1.1, event.x, event.y);
        } else if ((event.stateMask & SWT.SHIFT) != 0) {
            panBy(event.count * 10, 0);
        } else {
            panBy(0, event.count * 10);
        }
        event.doit = false;
    }

    private void paint(Event event) {
        GC gc = event.gc;
        gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        gc.fillRectangle(canvas.getClientArea());
        if (diagram == null) {
            return;
        }
        gc.setAdvanced(true);
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        Transform transform = new Transform(canvas.getDisplay());
        try {
            transform.scale((float) zoom, (float) zoom);
            transform.translate((float) -originX, (float) -originY);
            gc.setTransform(transform);
            for (Node node : diagram.nodes()) {
                paintNode(gc, node);
            }
            for (Edge edge : diagram.edges()) {
                paintEdge(gc, edge);
            }
            if (selected != null) {
                gc.setForeground(SELECTED);
                gc.setLineStyle(SWT.LINE_SOLID);
                gc.setLineWidth(3);
                gc.drawRoundRectangle((int) selected.x() - 2, (int) selected.y() - 2, (int) selected.width() + 4,
                        (int) selected.height() + 4, 8, 8);
            }
        } finally {
            gc.setTransform(null);
            transform.dispose();
        }
    }

    private void paintNode(GC gc, Node node) {
        int x = (int) node.x();
        int y = (int) node.y();
        int w = (int) node.width();
        int h = (int) node.height();
        gc.setBackground(colour(TopologyStyle.fill(node.kind())));
        gc.fillRoundRectangle(x, y, w, h, 8, 8);
        gc.setForeground(colour(TopologyStyle.stroke(node.kind())));
        gc.setLineWidth(node.kind() == NodeKind.INTEGRATION_RUNTIME ? 2 : 1);
        gc.setLineStyle(TopologyStyle.dashed(node.kind()) ? SWT.LINE_DASH : SWT.LINE_SOLID);
        gc.drawRoundRectangle(x, y, w, h, 8, 8);
        gc.setLineStyle(SWT.LINE_SOLID);
        gc.setFont(titleFont);
        gc.setForeground(TITLE);
        gc.drawString(node.title(), x + 8, y + 4, true);
        gc.setFont(detailFont);
        gc.setForeground(DETAIL);
        int line = y + 20;
        for (String detail : node.details()) {
            gc.drawString(detail, x + 8, line, true);
            line += 14;
        }
    }

    private void paintEdge(GC gc, Edge edge) {
        List<TopologyDiagram.Point> points = edge.points();
        if (points.size() < 2) {
            return;
        }
        Color colour = colour(TopologyStyle.stroke(edge.kind()));
        gc.setForeground(colour);
        gc.setBackground(colour);
        gc.setLineWidth(1);
        gc.setLineStyle(TopologyStyle.dashed(edge.kind()) ? SWT.LINE_DASH : SWT.LINE_SOLID);
        int[] polyline = new int[points.size() * 2];
        for (int i = 0; i < points.size(); i++) {
            polyline[2 * i] = (int) Math.round(points.get(i).x());
            polyline[2 * i + 1] = (int) Math.round(points.get(i).y());
        }
        gc.drawPolyline(polyline);
        gc.setLineStyle(SWT.LINE_SOLID);
        double[] head = TopologyStyle.arrowhead(points.get(points.size() - 2), points.get(points.size() - 1));
        int[] triangle = new int[6];
        for (int i = 0; i < 6; i++) {
            triangle[i] = (int) Math.round(head[i]);
        }
        gc.fillPolygon(triangle);
        if (!edge.label().isEmpty()) {
            gc.setFont(detailFont);
            gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
            gc.drawString(edge.label(), (int) edge.labelX() + 2, (int) edge.labelY(), false);
        }
    }

    private static Color colour(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return new Color((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff);
    }
}
