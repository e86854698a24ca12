package org.liftshift.report.internal;

import java.util.List;

/**
 * A small writer of well-formed XHTML: every text goes through {@link Markup#escape}, so a document
 * built here can be read back by an XML parser and rendered to PDF. Only the report's own markup
 * (section ids, classes, inline SVG it generated) is written raw.
 */
public final class Xhtml {

    private final StringBuilder out = new StringBuilder();

    public Xhtml open(String tag, String cssClass) {
        out.append('<').append(tag);
        if (cssClass != null) {
            out.append(" class=\"").append(cssClass).append('"');
        }
        out.append('>');
        return this;
    }

    public Xhtml close(String tag) {
        out.append("</").append(tag).append(">\n");
        return this;
    }

    /** A section with an id the table of contents and tests find it by. */
    public Xhtml section(String id, String title) {
        out.append("<section id=\"").append(id).append("\">\n<h2>").append(Markup.escape(title)).append("</h2>\n");
        return this;
    }

    public Xhtml endSection() {
        return close("section");
    }

    public Xhtml heading(String text) {
        out.append("<h3>").append(Markup.escape(text)).append("</h3>\n");
        return this;
    }

    public Xhtml paragraph(String text) {
        return element("p", null, text);
    }

    public Xhtml note(String text) {
        return element("p", "note", text);
    }

    public Xhtml element(String tag, String cssClass, String text) {
        open(tag, cssClass);
        out.append(Markup.escape(text));
        return close(tag);
    }

    public Xhtml bullets(List<String> items) {
        if (items.isEmpty()) {
            return this;
        }
        out.append("<ul>\n");
        for (String item : items) {
            out.append("<li>").append(Markup.escape(item)).append("</li>\n");
        }
        out.append("</ul>\n");
        return this;
    }

    /** Terms and their descriptions, e.g. a decision's rationale and alternatives. */
    public Xhtml definitions(List<String[]> pairs) {
        out.append("<dl>\n");
        for (String[] pair : pairs) {
            out.append("<dt>").append(Markup.escape(pair[0])).append("</dt><dd>").append(Markup.escape(pair[1])).append("</dd>\n");
        }
        out.append("</dl>\n");
        return this;
    }

    public Xhtml table(String cssClass, List<String> header, List<List<String>> rows) {
        out.append("<table").append(cssClass == null ? "" : " class=\"" + cssClass + "\"").append(">\n<thead><tr>");
        for (String cell : header) {
            out.append("<th>").append(Markup.escape(cell)).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : rows) {
            out.append("<tr>");
            for (String cell : row) {
                out.append("<td>").append(Markup.escape(cell)).append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
        return this;
    }

    /** Markup the report generated itself (SVG, a table of changes), already escaped. */
    public Xhtml raw(String markup) {
        out.append(markup);
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
