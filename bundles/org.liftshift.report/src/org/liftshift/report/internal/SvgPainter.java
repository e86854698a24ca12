package org.liftshift.report.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.util.List;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

import com.openhtmltopdf.css.sheet.FontFaceRule;
import com.openhtmltopdf.css.style.CssContext;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.extend.SVGDrawer;
import com.openhtmltopdf.layout.SharedContext;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.RenderingContext;

/**
 * Draws the report's own SVG (the topology and the charts) into the PDF as vector graphics. It knows
 * only the vocabulary {@link TopologySvg} and {@link BarChart} write: {@code g}, {@code rect},
 * {@code polyline}, {@code polygon} and {@code text} with presentation attributes, and the outer
 * {@code viewBox} scaling. A full SVG engine (Batik) would bring dozens of bundles for no more picture.
 */
final class SvgPainter implements SVGDrawer {

    @Override
    public void importFontFaceRules(List<FontFaceRule> fontFaces, SharedContext shared) {
        // the SVG's text is drawn with the report's own font, which the PDF already embeds
    }

    @Override
    public void addFontFile(java.io.File fontFile, String family, Integer weight, FontStyle style) {
        // see importFontFaceRules
    }

    @Override
    public SVGImage buildSVGImage(Element svg, Box box, CssContext context, double cssWidth, double cssHeight, double dotsPerPixel) {
        double width = number(svg, "width", 100);
        double height = number(svg, "height", 100);
        String[] viewBox = svg.getAttribute("viewBox").trim().split("[ ,]+");
        double viewWidth = viewBox.length == 4 ? Double.parseDouble(viewBox[2]) : width;
        double viewHeight = viewBox.length == 4 ? Double.parseDouble(viewBox[3]) : height;
        return new Image(svg, width, height, width / viewWidth, height / viewHeight, dotsPerPixel);
    }

    @Override
    public void close() {
        // nothing held
    }

    private record Image(Element svg, double width, double height, double scaleX, double scaleY, double dotsPerPixel) implements SVGImage {

        @Override
        public int getIntrinsicWidth() {
            return (int) Math.round(width * dotsPerPixel);
        }

        @Override
        public int getIntrinsicHeight() {
            return (int) Math.round(height * dotsPerPixel);
        }

        @Override
        public void drawSVG(OutputDevice device, RenderingContext context, double x, double y) {
            // the position is in the renderer's dots, the size and the graphics in CSS pixels
            device.drawWithGraphics((float) x, (float) y, (float) width, (float) height, g -> {
                g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                g.scale(scaleX, scaleY);
                paintChildren(g, svg);
            });
        }
    }

    static void paintChildren(Graphics2D g, Element parent) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                paint(g, element);
            }
        }
    }

    private static void paint(Graphics2D g, Element element) {
        switch (element.getLocalName() == null ? element.getTagName() : element.getLocalName()) {
            case "g" -> paintChildren(g, element);
            case "rect" -> {
                double rx = number(element, "rx", 0);
                shape(g, element, new RoundRectangle2D.Double(number(element, "x", 0), number(element, "y", 0), number(element, "width", 0),
                        number(element, "height", 0), 2 * rx, 2 * rx));
            }
            case "polyline", "polygon" -> {
                Path2D.Double path = new Path2D.Double();
                String[] coordinates = element.getAttribute("points").trim().split("[ ,]+");
                for (int i = 0; i + 1 < coordinates.length; i += 2) {
                    double px = Double.parseDouble(coordinates[i]);
                    double py = Double.parseDouble(coordinates[i + 1]);
                    if (i == 0) {
                        path.moveTo(px, py);
                    } else {
                        path.lineTo(px, py);
                    }
                }
                if (element.getTagName().endsWith("polygon")) {
                    path.closePath();
                }
                shape(g, element, path);
            }
            case "text" -> {
                g.setColor(colour(element.getAttribute("fill"), 1));
                boolean bold = "bold".equals(element.getAttribute("font-weight"));
                g.setFont(ReportFonts.awt().deriveFont(bold ? Font.BOLD : Font.PLAIN, (float) number(element, "font-size", 12)));
                g.drawString(element.getTextContent(), (float) number(element, "x", 0), (float) number(element, "y", 0));
            }
            default -> {
                // title and anything else: not drawn
            }
        }
    }

    private static void shape(Graphics2D g, Element element, java.awt.Shape shape) {
        String fill = element.getAttribute("fill");
        if (!fill.isEmpty() && !fill.equals("none")) {
            g.setColor(colour(fill, number(element, "fill-opacity", 1)));
            g.fill(shape);
        }
        String stroke = element.getAttribute("stroke");
        if (!stroke.isEmpty() && !stroke.equals("none")) {
            g.setColor(colour(stroke, 1));
            float width = (float) number(element, "stroke-width", 1);
            String dashes = element.getAttribute("stroke-dasharray");
            if (dashes.isEmpty()) {
                g.setStroke(new BasicStroke(width));
            } else {
                String[] parts = dashes.trim().split("[ ,]+");
                float[] pattern = new float[parts.length];
                for (int i = 0; i < parts.length; i++) {
                    pattern[i] = Float.parseFloat(parts[i]);
                }
                g.setStroke(new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, pattern, 0));
            }
            g.draw(shape);
        }
    }

    private static Color colour(String hex, double opacity) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return new Color((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff, (int) Math.round(255 * opacity));
    }

    private static double number(Element element, String attribute, double fallback) {
        String value = element.getAttribute(attribute);
        return value.isEmpty() ? fallback : Double.parseDouble(value);
    }
}
