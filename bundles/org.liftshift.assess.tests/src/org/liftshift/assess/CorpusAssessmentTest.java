package org.liftshift.assess;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.liftshift.importer.EstateImport;
import org.liftshift.model.estate.ConfiguredValue;
import org.liftshift.model.estate.Package;
import org.liftshift.model.navigation.DesignNavigation;
import org.liftshift.model.plan.AssessmentFinding;
import org.liftshift.model.plan.MigrationPlan;
import org.liftshift.model.plan.PlanFactory;
import org.liftshift.model.target.TargetFactory;
import org.liftshift.testing.SharedMaterial;

/** The assessment of real packages from the shared corpus, checked against what their XML holds. */
class CorpusAssessmentTest {

    private static List<AssessmentFinding> findings;

    @BeforeAll
    static void assessTheCorpus() {
        Path corpus = SharedMaterial.corpus();
        MigrationPlan plan = PlanFactory.eINSTANCE.createMigrationPlan();
        plan.setName("Corpus");
        plan.setEstate(EstateImport.importFiles(List.of(corpus), new NullProgressMonitor()).estate());
        plan.setTarget(TargetFactory.eINSTANCE.createAzureTarget());
        findings = PackageAssessment.withAllRules().assess(plan, new NullProgressMonitor());
    }

    @Test
    void aSqlServer2005ExportToExcel() {
        // Data Source=VSSQLDB02;...;Provider=SQLNCLI;Integrated Security=SSPI and a Jet 4.0 workbook on C:
        assertThat(rulesOf("tspence-csharp-dessist/SSMS-Import-from-Excel.dtsx")).contains("1001", "PKG-3", "1003", "1007", "1004",
                "1002");
        assertThat(evidenceOf("tspence-csharp-dessist/SSMS-Import-from-Excel.dtsx", "1007")).contains("Provider=SQLNCLI");
        assertThat(evidenceOf("tspence-csharp-dessist/SSMS-Import-from-Excel.dtsx", "1004")).contains("Provider=Microsoft.Jet.OLEDB.4.0");
    }

    @Test
    void theSsisTutorialWithAnXmlConfigurationOnC() {
        String lesson5 = "microsoft-sql-server-samples/simple-etl-tutorial/Lesson 5.dtsx";
        assertThat(rulesOf(lesson5)).contains("4001", "1001", "1003", "1007", "1002");
        assertThat(evidenceOf(lesson5, "4001")).contains("C:\\Program Files\\Microsoft SQL Server\\100\\Samples");
        assertThat(evidenceOf(lesson5, "1001")).contains("(local)");
    }

    @Test
    void theTutorialConfigurationFileIsImportedAndItsFolderValueAssessed() {
        String lesson5 = "microsoft-sql-server-samples/simple-etl-tutorial/Lesson 5.dtsx";
        assertThat(rulesOf(lesson5)).as("its configuration file was imported beside it").doesNotContain("PKG-10");
        assertThat(findings).filteredOn(f -> f.getSubject() instanceof ConfiguredValue).singleElement().satisfies(f -> {
            assertThat(f.getRuleId()).isEqualTo("PKG-2");
            assertThat(f.getEvidence()).startsWith("SSISTutorial.dtsConfig sets \\Package.Variables[User::varFolderName].Properties[Value]: ")
                    .contains("C:\\Program Files\\Microsoft SQL Server\\100\\Samples");
            assertThat(f.getObjectPath()).endsWith("/SSISTutorial.dtsConfig/\\Package.Variables[User::varFolderName].Properties[Value]");
        });
    }

    @Test
    void enterpriseAndThirdPartyComponentsOfTheCookbook() {
        assertThat(evidenceOf("packt-ssis2017-cookbook/Chapter05/Chapter05/DataMatching.dtsx", "2001")).contains("Microsoft.FuzzyLookup");
        assertThat(evidenceOf("packt-ssis2017-cookbook/Chapter08/Chapter08/DataMining.dtsx", "2001"))
                .contains("Microsoft.PXPipelineDMQuery");
        assertThat(evidenceOf("packt-ssis2017-cookbook/Chapter10/Solution/AdventureWorksETL/SecureFtpTask.dtsx", "2003"))
                .contains("SSIS2016Cookbook.SecureFTP");
        assertThat(evidenceOf("packt-ssis2017-cookbook/Common files/Staging.zip-extracted/StgAggregatedSalesFromCloudDW.dtsx", "2004"))
                .contains("AzBlobSrc");
        assertThat(evidenceOf("packt-ssis2017-cookbook/Chapter06/Solution/SSISCookbook/StgOrderProvenance.dtsx", "1006"))
                .contains("cfgn_SSISFrameworkDW");
    }

    @Test
    void theExecuteProcessTaskOnThePathAndTheBuiltInLogProvidersPass() {
        assertThat(rulesOf("azure-azure-datafactory/PowerShell.dtsx")).doesNotContain("3001");
        assertThat(rulesOf("packt-ssis2017-cookbook/Chapter06/Solution/AdventureWorksETL/ExecutionTrees.dtsx")).doesNotContain("2005");
    }

    @Test
    void everyFindingIsComplete() {
        assertThat(findings).isNotEmpty().allSatisfy(finding -> {
            assertThat(PackageRule.byId(finding.getRuleId())).isPresent();
            assertThat(finding.getObjectPath()).isNotBlank();
            assertThat(finding.getEvidence()).isNotBlank();
            assertThat(finding.getRecommendation()).isNotBlank();
            assertThat(finding.getSuggestedChange()).isNotNull();
        });
    }

    private static List<String> rulesOf(String relative) {
        return ofPackage(relative).stream().map(AssessmentFinding::getRuleId).toList();
    }

    private static String evidenceOf(String relative, String rule) {
        return String.join("\n", ofPackage(relative).stream().filter(f -> f.getRuleId().equals(rule)).map(AssessmentFinding::getEvidence)
                .toList());
    }

    private static List<AssessmentFinding> ofPackage(String relative) {
        Path file = SharedMaterial.corpusFile(relative).toAbsolutePath().normalize();
        return findings.stream().filter(f -> {
            Package pkg = f.getSubject() instanceof Package p ? p : DesignNavigation.ancestor(f.getSubject(), Package.class);
            return pkg != null && pkg.getSourcePath() != null && Path.of(pkg.getSourcePath()).toAbsolutePath().normalize().equals(file);
        }).toList();
    }
}
