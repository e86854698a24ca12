package org.liftshift.report.internal;

import java.util.ArrayList;
import java.util.List;

import org.liftshift.azure.deploy.RuntimeDrift.Drift;

/** Where what runs in Azure differs from the design, when Azure was read for the report. */
final class DriftSection {

    private DriftSection() {
    }

    static void write(Xhtml doc, ReportFacts facts) {
        if (facts.drift() == null) {
            return;
        }
        doc.section("drift", "Drift from Azure");
        if (facts.drift().isEmpty()) {
            doc.paragraph("The deployed data factories and integration runtimes match the design.");
            doc.endSection();
            return;
        }
        doc.paragraph(Words.count(facts.drift().size(), "value differs", "values differ")
                + " between the design and Azure. Deploy the design again, or change it to what runs if that is intended.");
        List<List<String>> rows = new ArrayList<>();
        for (Drift drift : facts.drift()) {
            rows.add(List.of(drift.runtime(), drift.path(), String.valueOf(drift.design()), drift.azure() == null ? "(not set)"
                    : String.valueOf(drift.azure())));
        }
        doc.table(null, List.of("Integration runtime", "Setting", "Design", "Azure"), rows);
        doc.endSection();
    }
}
