package org.liftshift.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liftshift.assess.PackageAssessment;
import org.liftshift.azure.deploy.RuntimeDrift;
import org.liftshift.model.navigation.AzureResources;
import org.liftshift.model.navigation.DesignNavigation;
import org.liftshift.model.plan.AssessmentFinding;
import org.liftshift.model.plan.MigrationPlan;
import org.liftshift.model.target.AzureSsisIntegrationRuntime;
import org.liftshift.model.target.NetworkSecurityGroup;
import org.liftshift.model.target.SecurityRule;
import org.liftshift.samples.Samples;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ReviewReportTest {

    private static MigrationPlan sample;
    private static ReviewReport report;
    private static String pdfText;

    @BeforeAll
    static void renderTheSample() throws IOException {
        sample = Samples.CONTOSO.build();
        report = ReviewReport.of(sample, "contoso.liftshift", new NullProgressMonitor());
        byte[] pdf = report.pdf();
        Path folder = Files.createDirectories(Path.of("target", "report"));
        Files.write(folder.resolve("contoso-review.pdf"), pdf);
        Files.writeString(folder.resolve("contoso-review.html"), report.xhtml());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            pdfText = text(document);
        }
    }

    /** The PDF's text with line breaks as spaces, and none after a hyphen where a line broke in a name. */
    private static String text(PDDocument document) throws IOException {
        return new PDFTextStripper().getText(document).replaceAll("-\\R", "-").replaceAll("\\s+", " ");
    }

    /**
     * Whether the PDF prints {@code expected} character for character. White space is left out on both
     * sides: a long name or address wraps inside its table cell wherever the line breaker chooses.
     */
    private static void assertPrinted(String text, String expected) {
        assertThat(text.replaceAll("\\s", "")).as("printed: %s", expected).contains(expected.replaceAll("\\s", ""));
    }

    @Test
    void thePdfStatesTheKeyFactsOfTheSample() {
        assertThat(pdfText).contains("Migration review: " + sample.getName(), "Executive summary", "Estate inventory",
                "Target design", "Topology", "Network security", "Assessment findings", "Capacity and sizing",
                "Business continuity and disaster recovery", "Open validation problems", "Sign-off");
        for (AzureSsisIntegrationRuntime runtime : DesignNavigation.runtimes(sample)) {
            assertThat(pdfText).contains("Integration runtime " + runtime.getName() + " " + runtime.getNodeCount() + " x "
                    + runtime.getNodeSize() + ", " + runtime.getEdition().getLiteral() + " edition");
            if (runtime.getCatalog() != null && runtime.getCatalog().getHost() != null) {
                assertPrinted(pdfText, AzureResources.catalogEndpoint(runtime.getCatalog()));
            }
        }
    }

    @Test
    void thePdfListsEveryNsgRule() {
        List<SecurityRule> rules = new ArrayList<>();
        for (TreeIterator<EObject> it = sample.getTarget().eAllContents(); it.hasNext();) {
            if (it.next() instanceof NetworkSecurityGroup nsg) {
                assertThat(pdfText).contains("NSG " + nsg.getName());
                rules.addAll(nsg.getRules());
            }
        }
        assertThat(rules).isNotEmpty();
        for (SecurityRule rule : rules) {
            assertThat(pdfText).as(rule.getName()).contains(rule.getPriority() + " " + rule.getName() + " " + rule.getDirection().getLiteral()
                    + " " + rule.getAccess().getLiteral());
        }
    }

    @Test
    void thePdfCountsTheFindingsOfEveryRule() {
        MigrationPlan copy = EcoreUtil.copy(sample);
        Map<String, Integer> counts = new TreeMap<>();
        for (AssessmentFinding finding : PackageAssessment.withAllRules().assess(copy, new NullProgressMonitor())) {
            counts.merge(finding.getRuleId(), 1, Integer::sum);
        }
        assertThat(counts).isNotEmpty();
        counts.forEach((rule, n) -> assertThat(pdfText).as(rule).containsPattern(java.util.regex.Pattern.quote(rule) + " [^()]+ \\(" + n + "\\)"));
        assertThat(pdfText).contains(counts.values().stream().mapToInt(Integer::intValue).sum() + " findings");
    }

    @Test
    void theHtmlIsWellFormedSelfContainedAndHasEverySection() throws Exception {
        Document html = TopologyDiagramTest.parse(report.xhtml());
        List<String> ids = new ArrayList<>();
        NodeList sections = html.getElementsByTagName("section");
        for (int i = 0; i < sections.getLength(); i++) {
            ids.add(((Element) sections.item(i)).getAttribute("id"));
        }
        assertThat(ids).containsExactly("summary", "inventory", "design", "topology", "network", "capacity", "findings", "bcdr",
                "problems", "signoff");
        assertThat(html.getElementsByTagName("script").getLength()).isZero();
        assertThat(report.xhtml()).doesNotContain("src=", "href=\"http", "@import");
        assertThat(html.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg").getLength()).isEqualTo(3);
    }

    @Test
    void theSameDesignGivesTheSameFiles() throws IOException {
        ReviewReport again = ReviewReport.of(Samples.CONTOSO.build(), "contoso.liftshift", new NullProgressMonitor());
        assertThat(again.xhtml()).isEqualTo(report.xhtml());
        assertThat(again.pdf()).isEqualTo(report.pdf());
    }

    @Test
    void theReportDoesNotChangeTheDesign() {
        MigrationPlan plan = Samples.CONTOSO.build();
        int findings = plan.getFindings().size();
        ReviewReport.of(plan, "contoso.liftshift", new NullProgressMonitor());
        assertThat(plan.getFindings()).hasSize(findings);
    }

    @Test
    void theFirstPageRendersAndIsSavedForReview() throws IOException {
        try (PDDocument document = Loader.loadPDF(report.pdf())) {
            assertThat(document.getNumberOfPages()).isGreaterThan(3);
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 110);
            Path png = Path.of("target", "report", "contoso-review-page-1.png");
            ImageIO.write(page, "png", png.toFile());
            assertThat(Files.size(png)).isPositive();
            assertThat(inkedPixels(page)).as("dark pixels on page 1").isGreaterThan(page.getWidth() * page.getHeight() / 100);
            int topology = pageOf(document, "Regions, virtual networks and subnets");
            for (int i = 1; i < document.getNumberOfPages(); i++) {
                BufferedImage other = new PDFRenderer(document).renderImageWithDPI(i, 110);
                ImageIO.write(other, "png", Path.of("target", "report", "contoso-review-page-" + (i + 1) + ".png").toFile());
                if (i == topology) {
                    assertThat(other.getWidth()).as("the topology page is landscape").isGreaterThan(other.getHeight());
                }
            }
        }
    }

    @Test
    void changesSinceTheLastReviewAreListed() throws Exception {
        // two loads of the same file: the objects keep their ids, as a reviewed copy of a design does
        MigrationPlan reviewed = Samples.CONTOSO.loadBundled();
        MigrationPlan current = Samples.CONTOSO.loadBundled();
        AzureSsisIntegrationRuntime runtime = DesignNavigation.runtimes(current).get(0);
        runtime.setNodeCount(runtime.getNodeCount() + 2);
        ReviewReport withChanges = ReviewReport.of(current, "contoso.liftshift", reviewed, "contoso-2026-11-01.liftshift",
                new NullProgressMonitor());
        Document html = TopologyDiagramTest.parse(withChanges.xhtml());
        Element changes = html.getElementById("changes") != null ? html.getElementById("changes") : section(html, "changes");
        assertThat(changes).isNotNull();
        assertThat(changes.getTextContent()).contains("Compared with contoso-2026-11-01.liftshift: 0 added, 0 removed, 1 changed",
                "nodeCount", String.valueOf(runtime.getNodeCount() - 2), String.valueOf(runtime.getNodeCount()));
        assertThat(report.xhtml()).doesNotContain("id=\"changes\"");
    }

    @Test
    void driftFromAzureIsASectionWhenAzureWasRead() throws Exception {
        AzureSsisIntegrationRuntime runtime = DesignNavigation.runtimes(sample).get(0);
        ReviewReport withDrift = report.withDrift(List.of(new RuntimeDrift.Drift(runtime.getName(), "/subscriptions/s/ir",
                "/typeProperties/computeProperties/numberOfNodes", Integer.valueOf(runtime.getNodeCount()), Integer.valueOf(7))));

        Element drift = section(TopologyDiagramTest.parse(withDrift.xhtml()), "drift");
        assertThat(drift).isNotNull();
        assertThat(drift.getTextContent()).contains("1 value differs", runtime.getName(), "/typeProperties/computeProperties/numberOfNodes",
                "7");
        assertThat(section(TopologyDiagramTest.parse(report.withDrift(List.of()).xhtml()), "drift").getTextContent())
                .contains("match the design");
        try (PDDocument document = Loader.loadPDF(withDrift.pdf())) {
            assertThat(text(document)).contains("Drift from Azure", "/typeProperties/computeProperties/numberOfNodes");
        }
    }

    @Test
    void hostileNamesArePrintedAsTheyAre() throws Exception {
        MigrationPlan plan = Samples.CONTOSO.build();
        String name = "ir <b>&amp;</b> \"Ωмега\" 'x' </td></tr></table>";
        DesignNavigation.runtimes(plan).get(0).setName(name);
        ReviewReport hostile = ReviewReport.of(plan, "a<b>.liftshift", new NullProgressMonitor());
        Document html = TopologyDiagramTest.parse(hostile.xhtml());
        assertThat(html.getElementsByTagName("b").getLength()).isZero();
        assertThat(html.getDocumentElement().getTextContent()).contains("Integration runtime " + name, "Design a<b>.liftshift");
        try (PDDocument document = Loader.loadPDF(hostile.pdf())) {
            assertPrinted(text(document), "Integration runtime " + name);
        }
    }

    @Test
    void writeReplacesBothFilesAndNamesThemAfterTheDesign(@TempDir Path folder) throws IOException {
        assertThat(ReviewReport.baseName("Contoso Plan.liftshift")).isEqualTo("contoso-plan-review");
        Files.writeString(folder.resolve("contoso-review.html"), "old");
        List<Path> written = report.write(folder.resolve("."), "contoso-review");
        assertThat(written).extracting(p -> p.getFileName().toString()).containsExactly("contoso-review.html", "contoso-review.pdf");
        assertThat(Files.readString(folder.resolve("contoso-review.html"))).isEqualTo(report.xhtml());
        assertThat(Files.readAllBytes(folder.resolve("contoso-review.pdf"))).startsWith("%PDF".getBytes());
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("contoso-review.html", "contoso-review.pdf");
        }
    }

    private static Element section(Document html, String id) {
        NodeList sections = html.getElementsByTagName("section");
        for (int i = 0; i < sections.getLength(); i++) {
            if (((Element) sections.item(i)).getAttribute("id").equals(id)) {
                return (Element) sections.item(i);
            }
        }
        return null;
    }

    private static int pageOf(PDDocument document, String text) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        for (int page = 1; page <= document.getNumberOfPages(); page++) {
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            if (stripper.getText(document).replaceAll("\\s+", " ").contains(text)) {
                return page - 1;
            }
        }
        throw new AssertionError(text + " is on no page");
    }

    private static long inkedPixels(BufferedImage image) {
        long inked = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                if (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff) < 600) {
                    inked++;
                }
            }
        }
        return inked;
    }
}
