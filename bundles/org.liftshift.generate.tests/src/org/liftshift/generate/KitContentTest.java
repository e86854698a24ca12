package org.liftshift.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.liftshift.model.estate.ConnectionManager;
import org.liftshift.model.estate.EnvironmentVariable;
import org.liftshift.model.estate.EstateFactory;
import org.liftshift.model.estate.Parameter;
import org.liftshift.model.plan.MigrationPlan;
import org.liftshift.samples.Samples;
import org.w3c.dom.Document;

/** What the kit says: the runbook, and that no secret ever reaches it. */
class KitContentTest {

    private static final String PLANTED = "Planted-S3cret-4f9c";

    @Test
    void noSecretPlantedInTheDesignReachesAnyFile() {
        MigrationPlan plan = Samples.CONTOSO.build();
        var project = plan.getEstate().getInstances().get(0).getCatalog().getFolders().get(0).getProjects().get(0);
        ConnectionManager connection = EstateFactory.eINSTANCE.createConnectionManager();
        connection.setName("Ledger");
        connection.setConnectionString("Data Source=sql01;User ID=etl;Password=" + PLANTED + ";");
        project.getConnectionManagers().add(connection);
        Parameter parameter = EstateFactory.eINSTANCE.createParameter();
        parameter.setName("ApiKey");
        parameter.setSensitive(true);
        parameter.setValue(PLANTED);
        project.getParameters().add(parameter);
        EnvironmentVariable variable = EstateFactory.eINSTANCE.createEnvironmentVariable();
        variable.setName("Password");
        variable.setSensitive(true);
        variable.setValue(PLANTED);
        plan.getEstate().getInstances().get(0).getCatalog().getFolders().stream().filter(f -> !f.getEnvironments().isEmpty())
                .findFirst().orElseThrow().getEnvironments().get(0).getVariables().add(variable);

        for (KitFile file : DeploymentKit.of(plan).files()) {
            assertThat(file.content()).as(file.path()).doesNotContain(PLANTED).doesNotContain("sig=");
        }
    }

    @Test
    void theRunbookNamesTheDesignsScenariosAndTheScriptsToRun() {
        List<KitFile> files = DeploymentKit.of(Samples.CONTOSO.build()).files();
        String markdown = content(files, "runbook/bcdr-runbook.md");

        assertThat(markdown).contains("### Scenario mi-2: Managed Instance, IR on the primary server endpoint (ir-ssis-fin-weu)",
                "`powershell/bcdr/mi-2-ir-ssis-fin-weu.ps1`", "### Scenario mi-4:", "`-Phase StopPrimary`",
                "`tsql/sqlmi-contoso-fin-weu/60-failover-attach-ir-ssis-fin-weu.sql`", "### Scenario sqldb-1:",
                "Failover group fog-contoso-fin: primary sqlmi-contoso-fin-weu, secondary sqlmi-contoso-fin-neu",
                "20-30 minutes", "contoso-fin-ssis-pair", "## Failback", "## Testing a failover");
    }

    @Test
    void theHtmlRunbookIsWellFormedAndSaysWhatTheMarkdownSays() throws Exception {
        MigrationPlan plan = Samples.CONTOSO.build();
        plan.setName("Contoso <script>alert('x')</script> & co");
        List<KitFile> files = DeploymentKit.of(plan).files();
        String html = content(files, "runbook/bcdr-runbook.html");

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));

        assertThat(document.getElementsByTagName("script").getLength()).isZero();
        assertThat(document.getElementsByTagName("h1").item(0).getTextContent())
                .isEqualTo("BCDR runbook: Contoso <script>alert('x')</script> & co");
        assertThat(document.getElementsByTagName("h3").getLength())
                .isEqualTo(content(files, "runbook/bcdr-runbook.md").lines().filter(l -> l.startsWith("### ")).count());
    }

    private static String content(List<KitFile> files, String path) {
        return files.stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow().content();
    }
}
