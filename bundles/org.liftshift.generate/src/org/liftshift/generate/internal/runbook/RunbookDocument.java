package org.liftshift.generate.internal.runbook;

import java.util.ArrayList;
import java.util.List;

/**
 * A document of headings, paragraphs, lists and tables, written once and rendered both as Markdown
 * and as self-contained HTML so the two always say the same. Text is plain: Markdown
 * punctuation and HTML special characters from customer names are escaped by each renderer;
 * {@code `code`} spans are the only markup.
 */
final class RunbookDocument {

    private sealed interface Block permits Heading, Paragraph, Items, Table {
    }

    private record Heading(int level, String text) implements Block {
    }

    private record Paragraph(String text) implements Block {
    }

    private record Items(boolean numbered, List<String> items) implements Block {
    }

    private record Table(List<String> header, List<List<String>> rows) implements Block {
    }

    private final String title;
    private final List<Block> blocks = new ArrayList<>();

    RunbookDocument(String title) {
        this.title = title;
    }

    RunbookDocument heading(String text) {
        blocks.add(new Heading(2, text));
        return this;
    }

    RunbookDocument subheading(String text) {
        blocks.add(new Heading(3, text));
        return this;
    }

    RunbookDocument paragraph(String text) {
        blocks.add(new Paragraph(text));
        return this;
    }

    RunbookDocument bullets(List<String> items) {
        blocks.add(new Items(false, List.copyOf(items)));
        return this;
    }

    RunbookDocument steps(List<String> items) {
        blocks.add(new Items(true, List.copyOf(items)));
        return this;
    }

    RunbookDocument table(List<String> header, List<List<String>> rows) {
        blocks.add(new Table(List.copyOf(header), List.copyOf(rows)));
        return this;
    }

    String markdown() {
        StringBuilder out = new StringBuilder("# ").append(md(title)).append("\n");
        for (Block block : blocks) {
            out.append('\n');
            switch (block) {
                case Heading h -> out.append("#".repeat(h.level())).append(' ').append(md(h.text())).append('\n');
                case Paragraph p -> out.append(md(p.text())).append('\n');
                case Items list -> {
                    int n = 0;
                    for (String item : list.items()) {
                        out.append(list.numbered() ? ++n + ". " : "- ").append(md(item)).append('\n');
                    }
                }
                case Table t -> {
                    out.append("| ").append(String.join(" | ", t.header().stream().map(RunbookDocument::cell).toList())).append(" |\n");
                    out.append("|").append("---|".repeat(t.header().size())).append('\n');
                    for (List<String> row : t.rows()) {
                        out.append("| ").append(String.join(" | ", row.stream().map(RunbookDocument::cell).toList())).append(" |\n");
                    }
                }
            }
        }
        return out.toString();
    }

    String html() {
        StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>")
                .append(html(title)).append("</title>\n<style>\n")
                .append("body{font-family:Segoe UI,Helvetica,Arial,sans-serif;max-width:60em;margin:2em auto;padding:0 1em;line-height:1.5}\n")
                .append("table{border-collapse:collapse}td,th{border:1px solid #999;padding:.25em .5em;text-align:left}\n")
                .append("code{background:#f2f2f2;padding:0 .2em}\n</style>\n</head>\n<body>\n<h1>").append(inline(title))
                .append("</h1>\n");
        for (Block block : blocks) {
            switch (block) {
                case Heading h -> out.append("<h").append(h.level()).append('>').append(inline(h.text())).append("</h")
                        .append(h.level()).append(">\n");
                case Paragraph p -> out.append("<p>").append(inline(p.text())).append("</p>\n");
                case Items list -> {
                    String tag = list.numbered() ? "ol" : "ul";
                    out.append('<').append(tag).append(">\n");
                    for (String item : list.items()) {
                        out.append("<li>").append(inline(item)).append("</li>\n");
                    }
                    out.append("</").append(tag).append(">\n");
                }
                case Table t -> {
                    out.append("<table>\n<tr>");
                    t.header().forEach(c -> out.append("<th>").append(inline(c)).append("</th>"));
                    out.append("</tr>\n");
                    for (List<String> row : t.rows()) {
                        out.append("<tr>");
                        row.forEach(c -> out.append("<td>").append(inline(c)).append("</td>"));
                        out.append("</tr>\n");
                    }
                    out.append("</table>\n");
                }
            }
        }
        return out.append("</body>\n</html>\n").toString();
    }

    /** Markdown text: punctuation that would start markup is escaped, except `code` spans. */
    private static String md(String text) {
        StringBuilder out = new StringBuilder();
        boolean code = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '`') {
                code = !code;
                out.append(c);
            } else if (c == '\n' || c == '\r') {
                out.append(' ');
            } else if (!code && "\\*_[]<>#|!".indexOf(c) >= 0) {
                out.append('\\').append(c);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String cell(String text) {
        return md(text).replace("|", "\\|");
    }

    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** HTML text with `code` spans as code elements. */
    private static String inline(String text) {
        String[] parts = text.split("`", -1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            out.append(i % 2 == 1 ? "<code>" + html(parts[i]) + "</code>" : html(parts[i]));
        }
        return out.toString();
    }
}
