package org.liftshift.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.liftshift.azure.deploy.RuntimeDrift.Drift;
import org.liftshift.model.persistence.AtomicFiles;
import org.liftshift.model.plan.MigrationPlan;
import org.liftshift.report.internal.ReportFacts;
import org.liftshift.report.internal.ReviewDocument;
import org.liftshift.report.internal.ReviewPdf;

/**
 * The customer review document of a design, as self-contained HTML and as PDF with the same content:
 * executive summary, estate inventory, target design and decisions, topology, NSG rules, assessment
 * findings, capacity, BCDR, open validation problems, changes since the last review, and sign-off.
 * The design is not changed; the same design always gives the same files.
 */
public final class ReviewReport {

    private final ReportFacts facts;
    private final String xhtml;

    private ReviewReport(ReportFacts facts) {
        this.facts = facts;
        this.xhtml = ReviewDocument.xhtml(facts);
    }

    /** The report of {@code plan}, called {@code designName} in the text (e.g. its file name). */
    public static ReviewReport of(MigrationPlan plan, String designName, IProgressMonitor monitor) {
        return of(plan, designName, null, null, monitor);
    }

    /**
     * @param reviewed the version the customer last reviewed, or null; the report then lists the
     *        changes since
     */
    public static ReviewReport of(MigrationPlan plan, String designName, MigrationPlan reviewed, String reviewedName,
            IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, "Preparing the review report", 1);
        return new ReviewReport(ReportFacts.of(plan, designName, reviewed, reviewedName, progress.split(1)));
    }

    /** The same report with a section on where Azure differs from the design (an empty list: it matches). */
    public ReviewReport withDrift(List<Drift> drift) {
        return new ReviewReport(facts.withDrift(drift));
    }

    public String title() {
        return ReviewDocument.title(facts);
    }

    /** The HTML page: well-formed XHTML, no script, no external resource. */
    public String xhtml() {
        return xhtml;
    }

    public byte[] pdf() throws IOException {
        return ReviewPdf.render(xhtml, title());
    }

    public TopologyDiagram topology() {
        return facts.topology();
    }

    /**
     * Writes {@code <baseName>.html} and {@code <baseName>.pdf} into {@code folder}. Each file is
     * replaced whole or not at all.
     *
     * @return the files written
     */
    public List<Path> write(Path folder, String baseName) throws IOException {
        byte[] pdf = pdf();
        Path html = folder.resolve(baseName + ".html");
        Path pdfFile = folder.resolve(baseName + ".pdf");
        AtomicFiles.write(html, xhtml.getBytes(StandardCharsets.UTF_8));
        AtomicFiles.write(pdfFile, pdf);
        return List.of(html, pdfFile);
    }

    /** {@code contoso.liftshift} gives {@code contoso-review}. */
    public static String baseName(String designFileName) {
        String name = designFileName.replaceFirst("(?i)\\.liftshift$", "");
        name = name.replaceAll("[^\\p{L}\\p{N}._-]+", "-").replaceAll("^-+|-+$", "");
        return (name.isEmpty() ? "design" : name.toLowerCase(Locale.ROOT)) + "-review";
    }
}
