package org.liftshift.report.internal;

import java.util.List;

/**
 * The review report as one self-contained XHTML page: inline style and SVG, no script, no external
 * resource. The same page is shown in a browser and rendered to PDF; the style serves both (A4 pages,
 * the topology on a landscape page, repeated table headers).
 */
public final class ReviewDocument {

    /** The diagram's largest size on the landscape page, in CSS pixels: A4 landscape less margins and heading. */
    static final double DIAGRAM_MAX_WIDTH = 1000;
    static final double DIAGRAM_MAX_HEIGHT = 560;

    private static final String STYLE = """
            @page { size: A4; margin: 16mm 14mm 18mm 14mm;
              @bottom-left { content: "Liftshift migration review"; font-size: 7.5pt; color: #57606a; }
              @bottom-right { content: "Page " counter(page) " of " counter(pages); font-size: 7.5pt; color: #57606a; } }
            @page wide { size: A4 landscape; margin: 12mm 12mm 14mm 12mm; }
            .landscape { page: wide; }
            /* the block flows at the first page's width unless told: A4 landscape less the margins */
            @media print { .landscape { width: 271mm; } }
            body { font-family: 'Segoe UI', 'DejaVu Sans', Helvetica, Arial, sans-serif; font-size: 9.5pt; color: #1f2328; line-height: 1.4; }
            @media screen { body { max-width: 70em; margin: 2em auto; padding: 0 1em; } .diagram { overflow: auto; } }
            h1 { font-size: 19pt; margin: 0 0 .2em; }
            h2 { font-size: 13.5pt; border-bottom: 1px solid #d0d7de; padding-bottom: 2px; margin-top: 1.4em; page-break-after: avoid; }
            h3, h4 { font-size: 10.5pt; margin: 1em 0 .3em; page-break-after: avoid; }
            table { border-collapse: collapse; width: 100%; margin: .4em 0 1em; -fs-table-paginate: paginate; }
            th, td { border: 1px solid #d0d7de; padding: 2px 5px; text-align: left; vertical-align: top; font-size: 8pt; }
            th { background: #f6f8fa; }
            tr { page-break-inside: avoid; }
            table.facts td:first-child { width: 30%; }
            #topology { page-break-before: always; }
            table.signoff td { height: 2.2em; }
            dl { margin: .2em 0 .8em; } dt { font-weight: bold; } dd { margin: 0 0 .3em 1.2em; }
            code { font-family: 'DejaVu Sans Mono', monospace; font-size: 7.5pt; }
            .subtitle { color: #57606a; margin: 0 0 1em; }
            .status { font-weight: bold; padding: 4px 8px; border-left: 4px solid; }
            .ready { color: #1a7f37; border-color: #1a7f37; } .blocked { color: #cf222e; border-color: #cf222e; }
            .note { color: #57606a; font-size: 8pt; }
            .fix { font-weight: bold; }
            .decision, .rule { page-break-inside: avoid; }
            .charts svg { margin: 0 2em 1em 0; }
            tr.added td:first-child { color: #1a7f37; } tr.removed td:first-child { color: #cf222e; } tr.changed td:first-child { color: #9a6700; }
            #signoff { page-break-before: always; }
            """;

    private static final List<String[]> CONTENTS = List.of(new String[] { "summary", "Executive summary" },
            new String[] { "inventory", "Estate inventory" }, new String[] { "design", "Target design" },
            new String[] { "topology", "Topology" }, new String[] { "network", "Network security" },
            new String[] { "capacity", "Capacity and sizing" }, new String[] { "findings", "Assessment findings" },
            new String[] { "bcdr", "Business continuity and disaster recovery" },
            new String[] { "problems", "Open validation problems" }, new String[] { "drift", "Drift from Azure" },
            new String[] { "changes", "Changes since the last review" },
            new String[] { "signoff", "Sign-off" });

    private ReviewDocument() {
    }

    public static String title(ReportFacts facts) {
        return "Migration review: " + facts.plan().getName();
    }

    public static String xhtml(ReportFacts facts) {
        Xhtml doc = new Xhtml();
        doc.raw("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n<meta charset=\"UTF-8\"/>\n<title>")
                .raw(Markup.escape(title(facts))).raw("</title>\n<style>\n").raw(STYLE).raw("</style>\n</head>\n<body>\n");
        doc.element("h1", null, title(facts));
        String description = facts.plan().getDescription() == null ? "" : ": " + facts.plan().getDescription().strip();
        doc.element("p", "subtitle", "Design " + facts.designName() + description + (description.matches(".*[.!?]") ? "" : ".")
                + " Prepared with Liftshift.");
        doc.open("nav", null).raw("<ol>\n");
        for (String[] entry : CONTENTS) {
            boolean absent = entry[0].equals("changes") && facts.changes() == null || entry[0].equals("drift") && facts.drift() == null;
            if (!absent) {
                doc.raw("<li><a href=\"#" + entry[0] + "\">" + Markup.escape(entry[1]) + "</a></li>\n");
            }
        }
        doc.raw("</ol>\n").close("nav");
        SummarySection.write(doc, facts);
        InventorySection.write(doc, facts);
        // the wide tables and the diagram get landscape pages
        doc.open("div", "landscape");
        DesignSection.write(doc, facts);
        NetworkSection.write(doc, facts);
        CapacitySection.write(doc, facts);
        doc.close("div");
        FindingsSection.write(doc, facts);
        BcdrSection.write(doc, facts);
        ProblemsSection.write(doc, facts);
        DriftSection.write(doc, facts);
        ChangesSection.write(doc, facts);
        SignOffSection.write(doc, facts);
        return doc.raw("</body>\n</html>\n").toString();
    }
}
