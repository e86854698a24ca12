package org.liftshift.cli.internal;

import java.util.List;

import org.liftshift.model.compare.PlanChange;

/**
 * The changes between two designs as a self-contained HTML page (no script, no external style), written
 * as well-formed XHTML so that other tools can read it back. Every value is escaped: names come from
 * customers.
 */
final class DiffHtml {

    private DiffHtml() {
    }

    static String page(String oldFile, String newFile, List<PlanChange> changes) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n<meta charset=\"UTF-8\"/>\n")
                .append("<title>Changes: ").append(escape(oldFile)).append(" to ").append(escape(newFile)).append("</title>\n")
                .append("<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}")
                .append("td,th{border:1px solid #ccc;padding:4px 8px;text-align:left;vertical-align:top}")
                .append("tr.added td:first-child{color:#1a7f37}tr.removed td:first-child{color:#cf222e}")
                .append("tr.changed td:first-child{color:#9a6700}code{white-space:pre-wrap}</style>\n</head>\n<body>\n")
                .append("<h1>Changes from ").append(escape(oldFile)).append(" to ").append(escape(newFile)).append("</h1>\n")
                .append("<p id=\"summary\">").append(escape(DiffFormat.summary(changes))).append("</p>\n");
        table(html, changes);
        return html.append("</body>\n</html>").toString();
    }

    /** The table of changes alone, for pages that embed it. */
    static void table(StringBuilder html, List<PlanChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        html.append("<table>\n<thead><tr><th>Change</th><th>Object</th><th>Type</th><th>Feature</th><th>Old</th><th>New</th></tr></thead>\n<tbody>\n");
        for (PlanChange change : changes) {
            String kind = change.kind().name().toLowerCase(java.util.Locale.ROOT);
            html.append("<tr class=\"").append(kind).append("\"><td>").append(kind).append("</td><td><code>")
                    .append(escape(change.path())).append("</code></td><td>").append(escape(change.type())).append("</td><td>")
                    .append(escape(change.feature())).append("</td><td><code>").append(escape(change.oldValue()))
                    .append("</code></td><td><code>").append(escape(change.newValue())).append("</code></td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }

    static String escape(String text) {
        return text == null ? ""
                : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
