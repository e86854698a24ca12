package org.liftshift.report.internal;

import org.liftshift.report.TopologyDiagram.Point;

/** The triangle at the end of an edge, pointing along its last segment. */
public final class Arrowhead {

    private static final double LENGTH = 8;
    private static final double HALF_WIDTH = 4;

    private Arrowhead() {
    }

    /** The tip and the two base corners as x1, y1, x2, y2, x3, y3. */
    public static double[] of(Point from, Point tip) {
        double dx = tip.x() - from.x();
        double dy = tip.y() - from.y();
        double length = Math.hypot(dx, dy);
        if (length == 0) {
            dx = 1;
            length = 1;
        }
        double ux = dx / length;
        double uy = dy / length;
        double baseX = tip.x() - ux * LENGTH;
        double baseY = tip.y() - uy * LENGTH;
        return new double[] { tip.x(), tip.y(), baseX - uy * HALF_WIDTH, baseY + ux * HALF_WIDTH, baseX + uy * HALF_WIDTH,
                baseY - ux * HALF_WIDTH };
    }
}
