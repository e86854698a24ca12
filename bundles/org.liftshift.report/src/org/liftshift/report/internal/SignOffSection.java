package org.liftshift.report.internal;

import java.util.List;

/** Who agrees to the plan: blank lines to sign on paper or in the PDF. */
final class SignOffSection {

    private SignOffSection() {
    }

    static void write(Xhtml doc, ReportFacts facts) {
        doc.section("signoff", "Sign-off");
        doc.paragraph("By signing, each reviewer agrees that the target design, the network rules and the open findings above are"
                + " understood and accepted for the migration of " + facts.plan().getName() + ".");
        List<String> blank = List.of("", "", "");
        doc.table("signoff", List.of("Role", "Name", "Signature", "Date"),
                List.of(row("Migration architect", blank), row("Customer owner", blank), row("Network and security", blank),
                        row("Operations", blank)));
        doc.endSection();
    }

    private static List<String> row(String role, List<String> blank) {
        return List.of(role, blank.get(0), blank.get(1), blank.get(2));
    }
}
