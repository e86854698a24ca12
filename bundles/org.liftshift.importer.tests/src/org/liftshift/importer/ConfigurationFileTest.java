package org.liftshift.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liftshift.model.estate.ConfigurationFile;
import org.liftshift.model.estate.ConfiguredValue;
import org.liftshift.model.estate.Package;
import org.liftshift.model.estate.PackageConfiguration;
import org.liftshift.testing.SharedMaterial;

/** Legacy .dtsConfig files: read without their secrets, and linked to the packages that name them. */
class ConfigurationFileTest {

    /** A format 8 package with an XML configuration whose file lives on the customer's drive. */
    static String packageReading(String name, String configurationPath) {
        return BadInputTest.GOOD.replace("DTS:ObjectName=\"Good\"", "DTS:ObjectName=\"" + name + "\"")
                .replace("<DTS:Executables>", """
                        <DTS:Configurations>
                          <DTS:Configuration DTS:ConfigurationType="1" DTS:ConfigurationString="%s" DTS:ObjectName="Warehouse settings" />
                        </DTS:Configurations>
                        <DTS:ConnectionManagers>
                          <DTS:ConnectionManager DTS:refId="Package.ConnectionManagers[Warehouse]" DTS:ObjectName="Warehouse" DTS:CreationName="OLEDB">
                            <DTS:ObjectData><DTS:ConnectionManager DTS:ConnectionString="Data Source=dw.contoso.com;Initial Catalog=DW;Provider=MSOLEDBSQL;" /></DTS:ObjectData>
                          </DTS:ConnectionManager>
                        </DTS:ConnectionManagers>
                        <DTS:Executables>""".formatted(configurationPath));
    }

    static final String CONFIGURATION = """
            <?xml version="1.0"?>
            <DTSConfiguration>
              <DTSConfigurationHeading>
                <DTSConfigurationFileInfo GeneratedBy="CONTOSO\\etl" GeneratedFromPackageName="Load" GeneratedFromPackageID="{1D2C3B4A-0000-0000-0000-000000000001}" GeneratedDate="3/1/2011 9:00:00 AM" />
              </DTSConfigurationHeading>
              <Configuration ConfiguredType="Property" Path="\\Package.Connections[Warehouse].Properties[ConnectionString]" ValueType="String">
                <ConfiguredValue>Data Source=SQLPROD01;Initial Catalog=DW;Provider=SQLNCLI10.1;User ID=etl;Password=Sup3r-Secret!;</ConfiguredValue>
              </Configuration>
              <Configuration ConfiguredType="Property" Path="\\Package.Connections[Warehouse].Properties[Password]" ValueType="String">
                <ConfiguredValue>An0ther-Secret!</ConfiguredValue>
              </Configuration>
              <Configuration ConfiguredType="Property" Path="\\Package.Variables[User::InputFolder].Properties[Value]" ValueType="String">
                <ConfiguredValue>D:\\Feeds\\Incoming</ConfiguredValue>
              </Configuration>
            </DTSConfiguration>
            """;

    @TempDir
    Path dir;

    @Test
    void aConfigurationFileIsReadWithoutItsSecretsAndLinkedToItsPackage() throws Exception {
        write("Load.dtsx", packageReading("Load", "C:\\SSIS\\Config\\Warehouse.dtsConfig"));
        write("Warehouse.dtsConfig", CONFIGURATION);

        EstateImport.Result result = importDir();

        assertThat(messages(result)).isEmpty();
        ConfigurationFile file = result.estate().getConfigurationFiles().get(0);
        assertThat(file.getName()).isEqualTo("Warehouse.dtsConfig");
        assertThat(file.getGeneratedFromPackageName()).isEqualTo("Load");
        assertThat(file.getGeneratedFromPackageId()).isEqualTo("{1D2C3B4A-0000-0000-0000-000000000001}");
        assertThat(file.getValues()).extracting(ConfiguredValue::getPath).containsExactly(
                "\\Package.Connections[Warehouse].Properties[ConnectionString]", "\\Package.Connections[Warehouse].Properties[Password]",
                "\\Package.Variables[User::InputFolder].Properties[Value]");
        assertThat(file.getValues()).extracting(ConfiguredValue::isSensitive).containsExactly(false, true, false);
        assertThat(file.getValues().get(0).getValue()).containsIgnoringCase("Data Source=SQLPROD01").containsIgnoringCase("User ID=etl")
                .doesNotContainIgnoringCase("password");
        assertThat(file.getValues().get(1).getValue()).isNull();
        assertThat(file.getValues().get(2).getValue()).isEqualTo("D:\\Feeds\\Incoming");
        assertThat(file.getValues().get(2).getValueType()).isEqualTo("String");

        PackageConfiguration configuration = result.estate().getFilePackages().get(0).getConfigurations().get(0);
        assertThat(configuration.getFile()).isSameAs(file);
        assertThat(saved(result)).contains("SQLPROD01").doesNotContain("Sup3r-Secret!").doesNotContain("An0ther-Secret!");
    }

    @Test
    void amongFilesOfTheSameNameTheOneBesideThePackageIsLinked() throws Exception {
        write("a/Load.dtsx", packageReading("Load A", "C:\\Config\\Warehouse.dtsConfig"));
        write("a/Warehouse.dtsConfig", CONFIGURATION);
        write("b/Warehouse.dtsConfig", CONFIGURATION);
        write("c/Load.dtsx", packageReading("Load C", "C:\\Config\\Warehouse.dtsConfig"));

        EstateImport.Result result = importDir();

        assertThat(result.estate().getConfigurationFiles()).hasSize(2);
        Package a = result.estate().getFilePackages().get(0);
        Package c = result.estate().getFilePackages().get(1);
        assertThat(a.getConfigurations().get(0).getFile().getSourcePath()).endsWith(Path.of("a", "Warehouse.dtsConfig").toString());
        assertThat(c.getConfigurations().get(0).getFile()).as("no file beside it, two candidates").isNull();
        assertThat(messages(result)).singleElement().asString().contains("Load.dtsx").contains("Warehouse.dtsConfig")
                .contains("2 imported files have that name").contains("Fix: ");
        assertThat(result.status().getChildren()[0].getSeverity()).isEqualTo(IStatus.WARNING);
    }

    @Test
    void aBrokenConfigurationFileIsReportedAndTheRestImports() throws Exception {
        write("Load.dtsx", packageReading("Load", "Warehouse.dtsConfig"));
        write("Warehouse.dtsConfig", CONFIGURATION.replace("</ConfiguredValue>\n  </Configuration>\n  <Configuration", "</Configured"));
        write("Other.dtsConfig", "<?xml version=\"1.0\"?>\n<configuration><appSettings /></configuration>");

        EstateImport.Result result = importDir();

        assertThat(result.estate().getFilePackages()).hasSize(1);
        assertThat(result.estate().getConfigurationFiles()).isEmpty();
        assertThat(messages(result)).hasSize(2)
                .anyMatch(m -> m.matches(".*Warehouse\\.dtsConfig:\\d+:\\d+: the configuration file is not well-formed XML.*Fix: .*"))
                .anyMatch(m -> m.contains("Other.dtsConfig:2:") && m.contains("not the <DTSConfiguration>"));
    }

    @Test
    void theCorpusTutorialConfigurationIsLinkedToLesson3() {
        Path tutorial = SharedMaterial.dir("corpus/microsoft-sql-server-samples/simple-etl-tutorial");

        EstateImport.Result result = EstateImport.importFiles(List.of(tutorial), new NullProgressMonitor());

        ConfigurationFile file = result.estate().getConfigurationFiles().get(0);
        assertThat(file.getName()).isEqualTo("SSISTutorial.dtsConfig");
        assertThat(file.getGeneratedFromPackageName()).isEqualTo("Lesson 3");
        assertThat(file.getValues()).singleElement().satisfies(v -> {
            assertThat(v.getPath()).isEqualTo("\\Package.Variables[User::varFolderName].Properties[Value]");
            assertThat(v.getValue()).startsWith("C:\\Program Files\\Microsoft SQL Server\\100\\Samples");
        });
        List<Package> reading = result.estate().getFilePackages().stream()
                .filter(p -> p.getConfigurations().stream().anyMatch(c -> c.getFile() == file)).toList();
        assertThat(reading).extracting(Package::getName).contains("Lesson 3");
    }

    private EstateImport.Result importDir() {
        return EstateImport.importFiles(List.of(dir), new NullProgressMonitor());
    }

    private static List<String> messages(EstateImport.Result result) {
        return Arrays.stream(result.status().getChildren()).map(IStatus::getMessage).toList();
    }

    private static String saved(EstateImport.Result result) throws Exception {
        Resource resource = new XMIResourceImpl();
        resource.getContents().add(result.estate());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        resource.save(out, null);
        return out.toString(StandardCharsets.UTF_8);
    }

    private void write(String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
