package org.liftshift.assess;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.liftshift.model.connections.ConnectionStrings;
import org.liftshift.model.estate.ConnectionManager;
import org.liftshift.model.estate.EstateFactory;
import org.liftshift.model.estate.Package;
import org.liftshift.model.plan.AssessmentFinding;
import org.liftshift.model.plan.DesignChange;
import org.liftshift.model.plan.MigrationPlan;

/** The connection rules on connection managers read from real connection strings. */
class ConnectionRulesTest {

    static Stream<Arguments> connections() {
        return Stream.of(
                Arguments.of("OLEDB", "Data Source=SRV01;Initial Catalog=DW;Provider=SQLNCLI11.1;Integrated Security=SSPI;",
                        List.of("1001", "PKG-3", "1003", "1007")),
                Arguments.of("OLEDB", "Data Source=sql01.corp.contoso.com;Initial Catalog=DW;Provider=MSOLEDBSQL;User ID=etl;",
                        List.of("1001")),
                Arguments.of("OLEDB", "Data Source=tcp:10.1.2.3,1433;Initial Catalog=DW;Provider=MSOLEDBSQL19;User ID=etl;",
                        List.of("1001")),
                Arguments.of("OLEDB", "Data Source=contoso-sql.database.windows.net;Initial Catalog=DW;Provider=MSOLEDBSQL.1;"
                        + "Authentication=ActiveDirectoryMSI;", List.of()),
                Arguments.of("OLEDB", "Data Source=(local);Initial Catalog=DW;Provider=SQLOLEDB;Integrated Security=SSPI;",
                        List.of("1001", "1003")),
                Arguments.of("EXCEL", "Provider=Microsoft.Jet.OLEDB.4.0;Data Source=C:\\drop\\sales.xls;Extended Properties=\"EXCEL 8.0;HDR=YES\";",
                        List.of("1002", "1004")),
                Arguments.of("EXCEL", "Provider=Microsoft.ACE.OLEDB.16.0;Data Source=\\\\fs01.corp.contoso.com\\drop\\sales.xlsx;",
                        List.of("1002")),
                Arguments.of("FLATFILE", "\\\\fileserver\\drop\\in.csv", List.of("1002", "PKG-3")),
                Arguments.of("FLATFILE", "%DATA_DIR%\\in.csv", List.of("1006")),
                Arguments.of("FLATFILE", "in.csv", List.of()),
                Arguments.of("ADO.NET:Oracle.ManagedDataAccess.Client.OracleConnection, Oracle.ManagedDataAccess, Version=4.122.1.0",
                        "Data Source=ora.corp.contoso.com:1521/ORCL;User Id=etl;", List.of("1001", "PKG-4")),
                Arguments.of("ADO.NET:System.Data.SqlClient.SqlConnection, System.Data, Version=4.0.0.0, Culture=neutral, "
                        + "PublicKeyToken=b77a5c561934e089", "Data Source=db.corp.contoso.com;Initial Catalog=DW;Integrated Security=True;",
                        List.of("1001", "1003")),
                Arguments.of("MSOLAP100", "Data Source=asazure://westeurope.asazure.windows.net/sales;Provider=MSOLAP.8;"
                        + "User ID=ann@contoso.com;", List.of("1005")),
                Arguments.of("MSOLAP100", "Data Source=asazure://westeurope.asazure.windows.net/sales;Provider=MSOLAP.8;"
                        + "User ID=app:0b1c2d3e@contoso.com;", List.of()),
                Arguments.of("ODATA", "Service Document Location=https://services.odata.org/V4/Northwind/Northwind.svc/;", List.of("PKG-5")),
                Arguments.of("OLEDB", "Data Source=contoso-sql.database.windows.net;Provider=MSOLEDBSQL;"
                        + "Authentication=ActiveDirectoryPassword;ConnectUsingManagedIdentity=True;User ID=etl@contoso.com;",
                        List.of("PKG-6")),
                Arguments.of("ODBC", "Driver={Oracle in OraClient12Home1};Dbq=ORCL;", List.of("1004")),
                Arguments.of("ODBC", "Driver={ODBC Driver 18 for SQL Server};Server=sql01.corp.contoso.com;Trusted_Connection=yes;",
                        List.of("1001", "1003")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("connections")
    void aConnectionGetsExactlyTheFindingsItShould(String type, String connectionString, List<String> expected) {
        ConnectionManager manager = EstateFactory.eINSTANCE.createConnectionManager();
        manager.setName("Source");
        manager.setCreationName(type);
        ConnectionStrings.apply(manager, connectionString);

        List<AssessmentFinding> findings = assess(manager);

        assertThat(findings).extracting(AssessmentFinding::getRuleId).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(findings).allSatisfy(finding -> {
            assertThat(finding.getSubject()).isSameAs(manager);
            assertThat(finding.getObjectPath()).endsWith("Load.dtsx/Source");
            assertThat(finding.getEvidence()).isNotBlank();
            assertThat(finding.getRecommendation()).isEqualTo(PackageRule.byId(finding.getRuleId()).orElseThrow().recommendation());
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("paths")
    void aShareNeedsTheNetworkAndALocalDriveNeedsAzureFiles(String path, DesignChange change) {
        ConnectionManager manager = EstateFactory.eINSTANCE.createConnectionManager();
        manager.setName("Source");
        manager.setCreationName("FLATFILE");
        ConnectionStrings.apply(manager, path);

        AssessmentFinding finding = assess(manager).stream().filter(f -> f.getRuleId().equals("1002")).findFirst().orElseThrow();

        assertThat(finding.getSuggestedChange()).isEqualTo(change);
        assertThat(finding.getEvidence()).contains(path);
    }

    static Stream<Arguments> paths() {
        return Stream.of(Arguments.of("\\\\fs01.corp.contoso.com\\drop\\in.csv", DesignChange.VNET_INJECTION),
                Arguments.of("D:\\drop\\in.csv", DesignChange.AZURE_FILES));
    }

    private static List<AssessmentFinding> assess(ConnectionManager manager) {
        MigrationPlan plan = Plans.withLoosePackage();
        Package pkg = plan.getEstate().getFilePackages().get(0);
        pkg.getConnectionManagers().add(manager);
        return PackageAssessment.withAllRules().assess(plan, new NullProgressMonitor()).stream()
                .filter(f -> f.getSubject() == manager).toList();
    }
}
