package org.liftshift.ui.assessment;

import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/** A horizontal bar chart of the shown findings per rule, drawn with SWT graphics. */
final class FindingsChart {

    private final Canvas canvas;
    private Map<String, Integer> counts = Map.of();

    FindingsChart(Composite parent) {
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        canvas.addPaintListener(e -> paint(e.gc));
    }

    Canvas control() {
        return canvas;
    }

    Map<String, Integer> counts() {
        return counts;
    }

    void show(Map<String, Integer> newCounts) {
        counts = Map.copyOf(newCounts);
        canvas.redraw();
    }

    private void paint(GC gc) {
        Rectangle area = canvas.getClientArea();
        gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        gc.fillRectangle(area);
        if (counts.isEmpty()) {
            gc.drawText(Messages.Assessment_noChart, 8, 8, true);
            return;
        }
        int max = counts.values().stream().mapToInt(Integer::intValue).max().orElse(1);
        int labelWidth = counts.keySet().stream().mapToInt(k -> gc.textExtent(k).x).max().orElse(40) + 12;
        int row = Math.max(gc.getFontMetrics().getHeight() + 6, 18);
        int y = 6;
        gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_CYAN));
        for (Map.Entry<String, Integer> entry : new java.util.TreeMap<>(counts).entrySet()) {
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
            gc.drawText(entry.getKey(), 6, y + 2, true);
            int width = Math.max(2, (area.width - labelWidth - 50) * entry.getValue() / max);
            gc.fillRectangle(labelWidth, y + 2, width, row - 6);
            String value = entry.getValue().toString();
            Point extent = gc.textExtent(value);
            gc.drawText(value, labelWidth + width + 4, y + (row - extent.y) / 2, true);
            y += row;
        }
    }
}
