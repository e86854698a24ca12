package org.liftshift.report;

import java.util.List;

import org.liftshift.model.compare.PlanChange;
import org.liftshift.report.internal.ChangesSection;
import org.liftshift.report.internal.Markup;

/**
 * The changes between two designs as a self-contained HTML page (no script, no external style),
 * well-formed XHTML so that other tools can read it back; the review report embeds the same table.
 */
public final class PlanChangesHtml {

    private PlanChangesHtml() {
    }

    public static String page(String oldFile, String newFile, List<PlanChange> changes) {
        return "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n<meta charset=\"UTF-8\"/>\n"
                + "<title>Changes: " + Markup.escape(oldFile) + " to " + Markup.escape(newFile) + "</title>\n"
                + "<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}"
                + "td,th{border:1px solid #ccc;padding:4px 8px;text-align:left;vertical-align:top}"
                + "tr.added td:first-child{color:#1a7f37}tr.removed td:first-child{color:#cf222e}"
                + "tr.changed td:first-child{color:#9a6700}code{white-space:pre-wrap}</style>\n</head>\n<body>\n"
                + "<h1>Changes from " + Markup.escape(oldFile) + " to " + Markup.escape(newFile) + "</h1>\n"
                + "<p id=\"summary\">" + Markup.escape(PlanChange.summary(changes)) + "</p>\n"
                + ChangesSection.table(changes) + "</body>\n</html>";
    }
}
