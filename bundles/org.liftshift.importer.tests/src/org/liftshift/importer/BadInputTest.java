package org.liftshift.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liftshift.importer.internal.project.IspacProject;
import org.liftshift.model.estate.Package;

/** Files that are broken or built to harm: each gets a clear message, and the rest of the batch is imported. */
class BadInputTest {

    static final String GOOD = """
            <?xml version="1.0"?>
            <DTS:Executable xmlns:DTS="www.microsoft.com/SqlServer/Dts" DTS:refId="Package" DTS:ObjectName="Good"
              DTS:CreationName="Microsoft.Package" DTS:ProtectionLevel="0">
              <DTS:Property DTS:Name="PackageFormatVersion">8</DTS:Property>
              <DTS:Executables>
                <DTS:Executable DTS:refId="Package\\Run" DTS:ObjectName="Run" DTS:CreationName="Acme.MagicTask, Acme" />
              </DTS:Executables>
            </DTS:Executable>
            """;

    @TempDir
    Path dir;

    @Test
    void malformedAndTruncatedXmlIsReportedWithFileLineAndColumnAndTheBatchGoesOn() throws Exception {
        write("good.dtsx", GOOD);
        write("truncated.dtsx", GOOD.substring(0, GOOD.indexOf("<DTS:Executables>") + 20));
        write("broken.dtsx", GOOD.replace("<DTS:Executables>", "<DTS:Executables><oops"));

        EstateImport.Result result = importDir();

        assertThat(result.estate().getFilePackages()).extracting(Package::getName).containsExactly("Good");
        assertThat(messages(result)).hasSize(2).allMatch(m -> m.matches(".*\\.dtsx:\\d+:\\d+: the package is not well-formed XML.*Fix: .*"))
                .anyMatch(m -> m.contains("truncated.dtsx:")).anyMatch(m -> m.contains("broken.dtsx:6:"));
    }

    @Test
    void aUtf16PackageImports() throws Exception {
        Files.write(dir.resolve("unicode.dtsx"), ("\uFEFF" + GOOD.replace("<?xml version=\"1.0\"?>",
                "<?xml version=\"1.0\" encoding=\"utf-16\"?>").replace("Good", "Прибыль 財務")).getBytes(StandardCharsets.UTF_16LE));

        EstateImport.Result result = importDir();

        assertThat(messages(result)).isEmpty();
        assertThat(result.estate().getFilePackages()).extracting(Package::getName).containsExactly("Прибыль 財務");
    }

    @Test
    void externalEntitiesAreNeverResolved() throws Exception {
        Path secret = write("secret.txt", "TOP-SECRET-CONTENT");
        write("xxe.dtsx", "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + GOOD.substring(GOOD.indexOf("<DTS:Executable")).replace("DTS:ObjectName=\"Good\"", "DTS:ObjectName=\"&xxe;\""));

        EstateImport.Result result = importDir();

        assertThat(result.estate().getFilePackages()).isEmpty();
        assertThat(messages(result)).singleElement().asString().contains("xxe.dtsx:3:").contains("xxe")
                .doesNotContain("TOP-SECRET-CONTENT");
    }

    @Test
    void anEntityBombIsNotExpanded() throws Exception {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE x [<!ENTITY a0 \"lol\">");
        for (int i = 1; i < 12; i++) {
            dtd.append("<!ENTITY a").append(i).append(" \"").append(("&a" + (i - 1) + ";").repeat(10)).append("\">");
        }
        write("bomb.dtsx", "<?xml version=\"1.0\"?>\n" + dtd + "]>\n"
                + GOOD.substring(GOOD.indexOf("<DTS:Executable")).replace("DTS:ObjectName=\"Good\"", "DTS:ObjectName=\"&a11;\""));

        EstateImport.Result result = importDir();

        assertThat(result.estate().getFilePackages()).isEmpty();
        assertThat(messages(result)).singleElement().asString().contains("bomb.dtsx:3:");
    }

    @Test
    void aVariableHoldingALongEscapedDocumentImportsWhole() throws Exception {
        String document = "<row id='1'>payload</row>".repeat(10_000);
        String escaped = document.replace("<", "&lt;").replace(">", "&gt;");
        write("document.dtsx", GOOD.replace("<DTS:Executables>", "<DTS:Variables><DTS:Variable DTS:ObjectName=\"Rows\" "
                + "DTS:Namespace=\"User\"><DTS:VariableValue DTS:DataType=\"8\">" + escaped
                + "</DTS:VariableValue></DTS:Variable></DTS:Variables><DTS:Executables>"));

        EstateImport.Result result = importDir();

        assertThat(messages(result)).isEmpty();
        assertThat(result.estate().getFilePackages().get(0).getVariables()).singleElement()
                .satisfies(v -> assertThat(v.getValue()).isEqualTo(document));
    }

    @Test
    void anUnknownTaskIsKeptAsItIs() throws Exception {
        write("good.dtsx", GOOD);

        Package pkg = importDir().estate().getFilePackages().get(0);

        assertThat(pkg.getExecutables()).singleElement().satisfies(e -> {
            assertThat(e.getName()).isEqualTo("Run");
            assertThat(e.getCreationName()).isEqualTo("Acme.MagicTask, Acme");
        });
    }

    @Test
    void zipSlipEntriesAreRefusedAndTheRestOfTheArchiveImports() throws Exception {
        Path ispac = dir.resolve("slip.ispac");
        zip(ispac, new String[][] { { "@Project.manifest", manifest("Slip", "good.dtsx") }, { "good.dtsx", GOOD },
                { "../../evil.dtsx", GOOD }, { "/etc/evil.dtsx", GOOD } });

        EstateImport.Result result = EstateImport.importFiles(List.of(ispac), new NullProgressMonitor());

        assertThat(result.estate().getFileProjects()).singleElement().satisfies(p -> assertThat(p.getPackages())
                .extracting(Package::getName).containsExactly("Good"));
        assertThat(messages(result)).hasSize(2).allMatch(m -> m.contains("zip-slip")).anyMatch(m -> m.contains("!/../../evil.dtsx"));
        assertThat(dir.getParent().resolve("evil.dtsx")).doesNotExist();
    }

    @Test
    void aZipBombStopsAtTheLimitWithAClearMessage() throws Exception {
        Path ispac = dir.resolve("bomb.ispac");
        String huge = GOOD.replace("<DTS:Executables>", "<!--" + " ".repeat(5_000_000) + "--><DTS:Executables>");
        zip(ispac, new String[][] { { "@Project.manifest", manifest("Bomb", "huge.dtsx", "good.dtsx") }, { "huge.dtsx", huge },
                { "good.dtsx", GOOD } });

        EstateImport.Result result = EstateImport.importFiles(List.of(ispac),
                EstateImport.Options.defaults().withLimits(new IspacProject.Limits(1 << 20, 1L << 30, 100)), new NullProgressMonitor());

        assertThat(result.estate().getFileProjects().get(0).getPackages()).extracting(Package::getName).containsExactly("Good");
        assertThat(messages(result)).singleElement().asString().contains("huge.dtsx").contains("zip bomb");
    }

    @Test
    void aMissingInputIsReportedAndTheOthersImport() throws Exception {
        write("good.dtsx", GOOD);

        EstateImport.Result result = EstateImport.importFiles(List.of(dir.resolve("nope.dtsx"), dir.resolve("good.dtsx")),
                new NullProgressMonitor());

        assertThat(result.estate().getFilePackages()).hasSize(1);
        assertThat(messages(result)).singleElement().asString().contains("nope.dtsx: there is no such file or folder");
    }

    private EstateImport.Result importDir() {
        return EstateImport.importFiles(List.of(dir), new NullProgressMonitor());
    }

    private static List<String> messages(EstateImport.Result result) {
        return java.util.Arrays.stream(result.status().getChildren()).map(IStatus::getMessage).toList();
    }

    private Path write(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static String manifest(String name, String... packages) {
        StringBuilder xml = new StringBuilder("<SSIS:Project SSIS:ProtectionLevel=\"DontSaveSensitive\" "
                + "xmlns:SSIS=\"www.microsoft.com/SqlServer/SSIS\"><SSIS:Properties><SSIS:Property SSIS:Name=\"Name\">" + name
                + "</SSIS:Property></SSIS:Properties><SSIS:Packages>");
        for (String pkg : packages) {
            xml.append("<SSIS:Package SSIS:Name=\"").append(pkg).append("\" SSIS:EntryPoint=\"1\" />");
        }
        return xml.append("</SSIS:Packages></SSIS:Project>").toString();
    }

    private static void zip(Path file, String[][] entries) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String[] entry : entries) {
                zip.putNextEntry(new ZipEntry(entry[0]));
                zip.write(entry[1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        Files.write(file, bytes.toByteArray());
    }
}
