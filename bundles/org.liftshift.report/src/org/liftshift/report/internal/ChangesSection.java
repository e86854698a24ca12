package org.liftshift.report.internal;

import java.util.List;
import java.util.Locale;

import org.liftshift.model.compare.PlanChange;

/** The changes since the reviewed version of the design, in the report and in {@code liftshift diff --format html}. */
public final class ChangesSection {

    private ChangesSection() {
    }

    static void write(Xhtml doc, ReportFacts facts) {
        if (facts.changes() == null) {
            return;
        }
        doc.section("changes", "Changes since the last review");
        doc.paragraph("Compared with " + facts.reviewedName() + ": " + PlanChange.summary(facts.changes()) + ".");
        doc.raw(table(facts.changes()));
        doc.endSection();
    }

    /** The table of changes, or nothing when there are none. */
    public static String table(List<PlanChange> changes) {
        if (changes.isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder("<table class=\"changes\">\n<thead><tr><th>Change</th><th>Object</th><th>Type</th>"
                + "<th>Feature</th><th>Old</th><th>New</th></tr></thead>\n<tbody>\n");
        for (PlanChange change : changes) {
            String kind = change.kind().name().toLowerCase(Locale.ROOT);
            html.append("<tr class=\"").append(kind).append("\"><td>").append(kind).append("</td><td><code>")
                    .append(Markup.escape(change.path())).append("</code></td><td>").append(Markup.escape(change.type())).append("</td><td>")
                    .append(Markup.escape(change.feature())).append("</td><td><code>").append(Markup.escape(change.oldValue()))
                    .append("</code></td><td><code>").append(Markup.escape(change.newValue())).append("</code></td></tr>\n");
        }
        return html.append("</tbody>\n</table>\n").toString();
    }
}
