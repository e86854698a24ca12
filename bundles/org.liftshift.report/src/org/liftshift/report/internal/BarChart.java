package org.liftshift.report.internal;

import java.util.Map;

/**
 * A horizontal bar chart as SVG, with the same small vocabulary as the topology (rectangles and text)
 * so that the PDF draws it too. Bars keep the order of the map.
 */
final class BarChart {

    private static final double BAR_HEIGHT = 16;
    private static final double GAP = 6;
    private static final double BAR_AREA = 300;

    private BarChart() {
    }

    static String svg(String title, Map<String, Integer> values) {
        double labelWidth = 0;
        int max = 1;
        for (Map.Entry<String, Integer> entry : values.entrySet()) {
            labelWidth = Math.max(labelWidth, TextMetrics.width(entry.getKey(), TextMetrics.DETAIL_SIZE, false));
            max = Math.max(max, entry.getValue());
        }
        labelWidth = Math.min(labelWidth + 8, 260);
        double width = labelWidth + BAR_AREA + 50;
        double height = 24 + values.size() * (BAR_HEIGHT + GAP);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" width=\"").append(Markup.number(width)).append("\" height=\"")
                .append(Markup.number(height)).append("\" viewBox=\"0 0 ").append(Markup.number(width)).append(' ')
                .append(Markup.number(height)).append("\" font-family=\"").append(TopologySvg.FONT).append("\">\n");
        svg.append("<text x=\"0\" y=\"13\" font-size=\"12\" font-weight=\"bold\" fill=\"#1f2328\">").append(Markup.escape(title))
                .append("</text>\n");
        double y = 24;
        for (Map.Entry<String, Integer> entry : values.entrySet()) {
            double bar = Math.max(1, BAR_AREA * entry.getValue() / max);
            svg.append("<text x=\"0\" y=\"").append(Markup.number(y + 12)).append("\" font-size=\"10.5\" fill=\"#57606a\">")
                    .append(Markup.escape(entry.getKey())).append("</text>\n");
            svg.append("<rect x=\"").append(Markup.number(labelWidth)).append("\" y=\"").append(Markup.number(y)).append("\" width=\"")
                    .append(Markup.number(bar)).append("\" height=\"").append(Markup.number(BAR_HEIGHT)).append("\" fill=\"#54aeff\"/>\n");
            svg.append("<text x=\"").append(Markup.number(labelWidth + bar + 4)).append("\" y=\"").append(Markup.number(y + 12))
                    .append("\" font-size=\"10.5\" fill=\"#1f2328\">").append(entry.getValue()).append("</text>\n");
            y += BAR_HEIGHT + GAP;
        }
        return svg.append("</svg>\n").toString();
    }
}
