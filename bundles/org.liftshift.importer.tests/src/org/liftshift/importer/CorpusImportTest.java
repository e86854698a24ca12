package org.liftshift.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.liftshift.importer.internal.dtsx.PackageReader;
import org.liftshift.model.estate.AuthenticationKind;
import org.liftshift.model.estate.ConnectionManager;
import org.liftshift.model.estate.DataFlowComponent;
import org.liftshift.model.estate.Estate;
import org.liftshift.model.estate.Executable;
import org.liftshift.model.estate.Package;
import org.liftshift.model.estate.Project;
import org.liftshift.model.estate.ProtectionLevel;
import org.liftshift.testing.SharedMaterial;

/**
 * Every file of the shared corpus imports, and the facts of packages of every format match what the
 * test author read in their XML.
 */
class CorpusImportTest {

    @Test
    void theWholeCorpusImportsWithoutAProblem() throws Exception {
        Path corpus = SharedMaterial.corpus();
        byte[] before = fingerprint(corpus);

        EstateImport.Result result = EstateImport.importFiles(List.of(corpus), new NullProgressMonitor());

        assertThat(result.status().getChildren()).filteredOn(s -> s.getSeverity() == IStatus.ERROR).extracting(IStatus::getMessage)
                .isEmpty();
        // SSISCookbook.dtproj lists packages its folder does not ship: warnings, not failures
        assertThat(result.status().getChildren()).allMatch(s -> s.getMessage().contains("the project lists this package"));
        Estate estate = result.estate();
        assertThat(estate.getFileProjects()).extracting(Project::getName).contains("ETL", "SSISCookbook", "Chapter05");
        List<Package> all = new ArrayList<>(estate.getFilePackages());
        estate.getFileProjects().forEach(p -> all.addAll(p.getPackages()));
        long dtsxFiles;
        try (Stream<Path> files = Files.walk(corpus)) {
            dtsxFiles = files.filter(f -> f.toString().endsWith(".dtsx")).count();
        }
        assertThat(estate.getFilePackages().size() + estate.getFileProjects().stream()
                .filter(p -> p.getSourcePath().endsWith(".dtproj")).mapToInt(p -> p.getPackages().size()).sum())
                .as("every .dtsx file once, loose or in its project folder").isEqualTo((int) dtsxFiles);
        assertThat(all).extracting(Package::getFormatVersion).contains(2, 3, 6, 8).doesNotContain(0);
        assertThat(fingerprint(corpus)).as("source files are only read").isEqualTo(before);
    }

    @Test
    void aFormat8PackageWithATaskOfTheFeaturePackAndAProcess() throws Exception {
        Package pkg = read("azure-azure-datafactory/PowerShell.dtsx");

        assertThat(pkg.getFormatVersion()).isEqualTo(8);
        assertThat(pkg.getName()).isEqualTo("PowerShell");
        assertThat(pkg.getProtectionLevel()).as("no attribute: the default").isEqualTo(ProtectionLevel.ENCRYPT_SENSITIVE_WITH_USER_KEY);
        assertThat(pkg.getConnectionManagers()).extracting(ConnectionManager::getName, ConnectionManager::getCreationName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("mystorage", "AzureStorage"));
        assertThat(pkg.getConnectionManagers().get(0).getConnectionString()).doesNotContainIgnoringCase("AccountKey")
                .contains("accountname=mystorage");
        assertThat(pkg.getExecutables()).extracting(Executable::getName, Executable::getCreationName).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Azure Blob Download Task", "CopyFromBlobTask"),
                org.assertj.core.groups.Tuple.tuple("Execute Process Task", "Microsoft.ExecuteProcess"));
        assertThat(pkg.getExecutables().get(1).getTargetPath()).isEqualTo("Powershell.exe");
        assertThat(pkg.getExecutables().get(1).getPath()).isEqualTo("\\Package\\Execute Process Task");
    }

    @Test
    void aFormat6PackageWithAnAdoNetConnection() throws Exception {
        Package pkg = read("rtumaykin-ssis-build/Package1.dtsx");

        assertThat(pkg.getFormatVersion()).isEqualTo(6);
        assertThat(pkg.getProtectionLevel()).isEqualTo(ProtectionLevel.ENCRYPT_SENSITIVE_WITH_PASSWORD);
        assertThat(pkg.getPackageId()).isEqualTo("{39F52BD3-7B85-4F8A-84B0-0D0235F1821C}");
        ConnectionManager source = pkg.getConnectionManagers().get(0);
        assertThat(source.getName()).isEqualTo("source");
        assertThat(source.getServer()).isEqualTo("db-01");
        assertThat(source.getDatabase()).isEqualTo("msdb");
        assertThat(source.getProvider()).isEqualTo("System.Data.SqlClient.SqlConnection");
        assertThat(source.getAuthentication()).isEqualTo(AuthenticationKind.WINDOWS);
        assertThat(pkg.getExecutables()).isEmpty();
    }

    @Test
    void aFormat2PackageKeepsItsPropertiesInPropertyElements() throws Exception {
        Package pkg = read("tspence-csharp-dessist/SSMS-Export-to-Excel.dtsx");

        assertThat(pkg.getFormatVersion()).isEqualTo(2);
        assertThat(pkg.getProtectionLevel()).isEqualTo(ProtectionLevel.DONT_SAVE_SENSITIVE);
        assertThat(pkg.getConnectionManagers()).extracting(ConnectionManager::getName)
                .containsExactly("DestinationConnectionExcel", "SourceConnectionOLEDB");
        ConnectionManager excel = pkg.getConnectionManagers().get(0);
        assertThat(excel.getCreationName()).isEqualTo("EXCEL");
        assertThat(excel.getFilePath()).isEqualTo("C:\\mssqltips\\ssis_tutorial\\ExportToExcel.xls");
        ConnectionManager oledb = pkg.getConnectionManagers().get(1);
        assertThat(oledb.getServer()).isEqualTo("localhost");
        assertThat(oledb.getDatabase()).isEqualTo("AdventureWorksDW");
        assertThat(oledb.getProvider()).isEqualTo("SQLNCLI.1");
        assertThat(oledb.getAuthentication()).isEqualTo(AuthenticationKind.WINDOWS);
        assertThat(pkg.getExecutables()).extracting(Executable::getCreationName).anyMatch(c -> c.startsWith(
                "Microsoft.SqlServer.Dts.Tasks.ExecuteSQLTask.ExecuteSQLTask")).contains("DTS.Pipeline");
    }

    @Test
    void aFormat3PackageHasItsConnectionsButNotItsFlatFileColumns() throws Exception {
        Package pkg = read("microsoft-sql-server-samples/simple-etl-tutorial/Lesson 1.dtsx");

        assertThat(pkg.getFormatVersion()).isEqualTo(3);
        assertThat(pkg.getConnectionManagers()).extracting(ConnectionManager::getName, ConnectionManager::getCreationName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("(local).AdventureWorksDW", "OLEDB"),
                        org.assertj.core.groups.Tuple.tuple("Sample Flat File Source Data", "FLATFILE"));
    }

    @Test
    void aFormat8PackageWithMaintenanceTasks() throws Exception {
        Package pkg = read("microsoft-sql-server-samples/bdc-app-deploy-ssis/back-up-db.dtsx");

        assertThat(pkg.getProtectionLevel()).isEqualTo(ProtectionLevel.DONT_SAVE_SENSITIVE);
        assertThat(pkg.getConnectionManagers()).extracting(ConnectionManager::getName).containsExactly("MasterSQL");
        assertThat(pkg.getExecutables()).extracting(Executable::getName).containsExactly("Back Up Database DWConfiguration",
                "Maintenance Cleanup Task");
    }

    @Test
    void aCustomTaskAndPackageParameters() throws Exception {
        Package pkg = read("packt-ssis2017-cookbook/Chapter10/Solution/AdventureWorksETL/SecureFtpTask.dtsx");

        assertThat(pkg.getExecutables()).extracting(Executable::getName).containsExactly("Download Files");
        assertThat(pkg.getExecutables().get(0).getCreationName()).startsWith("SSIS2016Cookbook.SecureFTP, SSISCustomTasks");
        assertThat(pkg.getParameters()).extracting(p -> p.getName()).contains("HostName", "HostPortNumber", "LocalPath",
                "Password", "ProtocolName");
    }

    @Test
    void fileConnectionsGiveTheirPath() throws Exception {
        Package pkg = read("packt-ssis2017-cookbook/Chapter05/Chapter05/DataProfiling.dtsx");

        assertThat(pkg.getConnectionManagers()).extracting(ConnectionManager::getName).containsExactly("DataProfiling.xml",
                "localhost.AdventureWorksDW2014");
        assertThat(pkg.getConnectionManagers().get(0).getFilePath()).isEqualTo("C:\\SSIS2016Cookbook\\DataProfiling.xml");
        assertThat(pkg.getConnectionManagers().get(1).getDatabase()).isEqualTo("AdventureWorksDW2014");
        assertThat(pkg.getExecutables()).extracting(Executable::getName).containsExactly("Data Profiling Task");
    }

    @Test
    void aDataFlowWhoseSourceConnectsByProxy() throws Exception {
        Package pkg = read("azure-azure-datafactory/ParameterMappingSample.dtsx");

        assertThat(pkg.getProtectionLevel()).isEqualTo(ProtectionLevel.ENCRYPT_SENSITIVE_WITH_PASSWORD);
        ConnectionManager src = pkg.getConnectionManagers().stream().filter(c -> c.getName().equals("src")).findFirst()
                .orElseThrow();
        assertThat(src.getServer()).isEqualTo("xichensqlserver2.database.windows.net");
        assertThat(src.getUserName()).isEqualTo("xichen");
        assertThat(src.getAuthentication()).isEqualTo(AuthenticationKind.SQL);
        Executable dataFlow = pkg.getExecutables().stream().filter(e -> e.getName().equals("Data Flow Task")).findFirst()
                .orElseThrow();
        assertThat(dataFlow.getComponents()).isNotEmpty();
        assertThat(dataFlow.getComponents()).filteredOn(c -> c.getConnectionManagers().contains(src))
                .allMatch(DataFlowComponent::isConnectByProxy).isNotEmpty();
    }

    @Test
    void aLargePackageWithNestedContainers() throws Exception {
        Package pkg = read("microsoft-sql-server-samples/wwi-ssis/DailyETLMain.dtsx");

        assertThat(pkg.getFormatVersion()).isEqualTo(8);
        assertThat(pkg.getProtectionLevel()).isEqualTo(ProtectionLevel.DONT_SAVE_SENSITIVE);
        Executable city = pkg.getExecutables().stream().filter(e -> e.getName().equals("Load City Dimension")).findFirst()
                .orElseThrow();
        assertThat(city.getCreationName()).isEqualTo("STOCK:SEQUENCE");
        assertThat(city.getExecutables()).extracting(Executable::getName).contains("Extract Updated City Data to Staging",
                "Get Lineage Key", "Migrate Staged City Data");
        assertThat(city.getExecutables()).filteredOn(e -> e.getName().equals("Extract Updated City Data to Staging"))
                .extracting(Executable::getPath).containsExactly("\\Package\\Load City Dimension\\Extract Updated City Data to Staging");
    }

    @Test
    void anIspacBringsItsProjectConnectionsParametersAndEntryPoints() {
        Path ispac = SharedMaterial.corpusFile("packt-ssis2017-cookbook/Chapter06/Solution/SSISCookbook/bin/Development/ETL.ispac");

        EstateImport.Result result = EstateImport.importFiles(List.of(ispac), new NullProgressMonitor());

        assertThat(result.status().isOK()).as(result.status().toString()).isTrue();
        Project project = result.estate().getFileProjects().get(0);
        assertThat(project.getName()).isEqualTo("ETL");
        assertThat(project.getProtectionLevel()).isEqualTo(ProtectionLevel.DONT_SAVE_SENSITIVE);
        assertThat(project.getPackages()).hasSize(12);
        assertThat(project.getPackages()).filteredOn(Package::isEntryPoint).extracting(Package::getName)
                .contains("StgSalesOrderHeader", "StgProductDescription", "StgProduct");
        assertThat(project.getConnectionManagers()).extracting(ConnectionManager::getName).containsExactly(
                "cmgr_AsureStorage_ssiscookbook", "cmgr_DW", "cmgr_MDS_DB", "cmgr_Source");
        assertThat(project.getConnectionManagers()).allMatch(ConnectionManager::isProjectLevel);
        assertThat(project.getParameters()).extracting(p -> p.getName()).contains("Cmgr_DW", "Cmgr_Source");
        List<ConnectionManager> used = new ArrayList<>();
        project.eAllContents().forEachRemaining(o -> {
            if (o instanceof DataFlowComponent component) {
                used.addAll(component.getConnectionManagers());
            }
        });
        assertThat(used).as("components reach the project's connection managers").anyMatch(project.getConnectionManagers()::contains);
    }

    @Test
    void theEstateAndItsProblemsAreTheSameWhateverTheThreadCount() {
        Path corpus = SharedMaterial.corpus();

        EstateImport.Result one = EstateImport.importFiles(List.of(corpus), EstateImport.Options.defaults().withThreads(1),
                new NullProgressMonitor());
        EstateImport.Result four = EstateImport.importFiles(List.of(corpus), EstateImport.Options.defaults().withThreads(4),
                new NullProgressMonitor());

        assertThat(four.estate().getFileProjects()).hasSizeGreaterThan(5);
        assertThat(four.estate().getFilePackages()).hasSizeGreaterThan(5);
        assertThat(EcoreUtil.equals(one.estate(), four.estate())).as("same objects in the same order").isTrue();
        assertThat(four.status().getChildren()).extracting(IStatus::getMessage)
                .containsExactlyElementsOf(Arrays.stream(one.status().getChildren()).map(IStatus::getMessage).toList());
    }

    @Test
    void aCancelledImportStopsWithOperationCanceled() {
        NullProgressMonitor monitor = new NullProgressMonitor() {
            private int files;

            @Override
            public void subTask(String name) {
                if (++files == 10) {
                    setCanceled(true);
                }
            }
        };

        assertThatThrownBy(() -> EstateImport.importFiles(List.of(SharedMaterial.corpus()), monitor))
                .isInstanceOf(OperationCanceledException.class);
    }

    private static Package read(String relative) throws Exception {
        Path file = SharedMaterial.corpusFile(relative);
        try (InputStream in = Files.newInputStream(file)) {
            return PackageReader.read(in, file.toString());
        }
    }

    /** Size and modification time of every corpus file. */
    private static byte[] fingerprint(Path corpus) throws Exception {
        Map<String, String> all = new TreeMap<>();
        try (Stream<Path> files = Files.walk(corpus)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                all.put(corpus.relativize(file).toString(), Files.size(file) + "@" + Files.getLastModifiedTime(file).toMillis());
            }
        }
        return all.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

}
