package org.liftshift.generate.internal.powershell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liftshift.generate.KitFile;
import org.liftshift.generate.internal.text.CmdletContract;
import org.liftshift.testing.scripts.ParsedScripts;
import org.liftshift.model.plan.MigrationPlan;
import org.liftshift.samples.Samples;

class ArmTemplatesTest {

    @TempDir
    Path dir;

    @Test
    void everyTemplateOfTheContosoKitIsValidAgainstTheDataFactorySchema() throws Exception {
        List<KitFile> templates = ArmDeploymentScript.templates(Samples.CONTOSO.build());

        assertThat(templates).extracting(KitFile::path).containsExactly("arm/adf-contoso-fin-weu.json",
                "arm/adf-contoso-fin-neu.json", "arm/adf-contoso-sales.json", "arm/adf-contoso-ops.json");
        List<Map<String, Object>> results = ParsedScripts.armTemplates(write(templates));
        for (int i = 0; i < results.size(); i++) {
            assertThat(ParsedScripts.errors(results.get(i))).as(templates.get(i).path()).isEmpty();
        }
    }

    @Test
    void theSchemaCheckRejectsATemplateThatBreaksIt() throws Exception {
        KitFile template = ArmDeploymentScript.templates(Samples.CONTOSO.build()).get(0);
        String broken = template.content().replace("\"numberOfNodes\": 2", "\"numberOfNodes\": \"two\"")
                .replace("\"edition\": \"Enterprise\"", "\"edition\": \"Deluxe\"");
        assertThat(broken).isNotEqualTo(template.content());

        List<Map<String, Object>> results = ParsedScripts.armTemplates(write(List.of(new KitFile("arm/broken.json", "", broken))));

        assertThat(ParsedScripts.errors(results.get(0))).isNotEmpty();
    }

    @Test
    void templatesCarryWhatTheCmdletCannotSetAndNoSecret() {
        List<KitFile> templates = ArmDeploymentScript.templates(Samples.CONTOSO.build());
        String finance = templates.get(0).content();
        String operations = templates.get(3).content();

        assertThat(finance).contains("\"dualStandbyPairName\": \"contoso-fin-ssis-pair\"");
        assertThat(operations).contains("\"packageStores\"", "\"credential\"", "\"type\": \"credentials\"",
                "\"blobContainerUri\": \"[parameters('ir1CustomSetupContainerSasUri')]\"", "\"type\": \"securestring\"");
        assertThat(String.join("\n", templates.stream().map(KitFile::content).toList())).doesNotContain("sig=")
                .doesNotContainIgnoringCase("password\": \"");
    }

    @Test
    void customerStringsThatLookLikeExpressionsAreEscaped() {
        MigrationPlan plan = Samples.CONTOSO.build();
        ArmDeploymentScript.templates(plan);
        plan.getTarget().getSubscriptions().get(0).getResourceGroups().get(0).getDataFactories().get(0).getIntegrationRuntimes().get(0)
                .setDescription("[deployment().properties.templateLink.uri]");

        String template = ArmDeploymentScript.templates(plan).get(0).content();

        assertThat(template).contains("\"description\": \"[[deployment().properties.templateLink.uri]\"");
    }

    @Test
    void theDeploymentScriptParsesMatchesTheReferenceAndPassesSecretsAsParameters() throws Exception {
        KitFile script = ArmDeploymentScript.script(Samples.CONTOSO.build());
        Path file = dir.resolve("50-arm-deployment.ps1");
        Files.writeString(file, script.content(), StandardCharsets.UTF_8);

        Map<String, Object> parsed = ParsedScripts.powershell(file);

        assertThat(ParsedScripts.errors(parsed)).isEmpty();
        assertThat(CmdletContract.load().violations(parsed)).isEmpty();
        assertThat(ParsedScripts.commands(parsed, "New-AzResourceGroupDeployment")).extracting(c -> ParsedScripts.value(c, "Name"))
                .containsExactly("liftshift-adf-contoso-fin-weu", "liftshift-adf-contoso-fin-neu", "liftshift-adf-contoso-ops");
        assertThat(script.content()).contains("$parameters['ir1CustomSetupContainerSasUri'] = $secret");
    }

    private List<Path> write(List<KitFile> templates) throws Exception {
        List<Path> files = new ArrayList<>();
        for (KitFile template : templates) {
            Path file = dir.resolve(template.path());
            Files.createDirectories(file.getParent());
            Files.writeString(file, template.content(), StandardCharsets.UTF_8);
            files.add(file);
        }
        return files;
    }
}
