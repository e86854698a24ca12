package org.liftshift.generate.internal.powershell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liftshift.generate.internal.text.CmdletContract;
import org.liftshift.testing.scripts.ParsedScripts;
import org.liftshift.model.plan.MigrationPlan;
import org.liftshift.model.target.AzureSsisIntegrationRuntime;
import org.liftshift.model.target.DataFactory;
import org.liftshift.samples.Samples;

class IntegrationRuntimeScriptTest {

    @TempDir
    Path dir;

    @Test
    void theContosoScriptParsesAndEveryCallMatchesTheCmdletReference() throws Exception {
        Map<String, Object> parsed = parse(IntegrationRuntimeScript.render(Samples.CONTOSO.build()));

        assertThat(ParsedScripts.errors(parsed)).isEmpty();
        assertThat(CmdletContract.load().violations(parsed)).isEmpty();
        assertThat(ParsedScripts.commandNames(parsed)).contains("Set-AzDataFactoryV2IntegrationRuntime",
                "Start-AzDataFactoryV2IntegrationRuntime", "Stop-AzDataFactoryV2IntegrationRuntime",
                "Get-AzDataFactoryV2IntegrationRuntime", "Get-AzKeyVaultSecret");
    }

    @Test
    void everyRuntimeOfTheDesignIsConfiguredWithItsChoices() throws Exception {
        MigrationPlan plan = Samples.CONTOSO.build();
        Map<String, Object> parsed = parse(IntegrationRuntimeScript.render(plan));

        List<Map<String, Object>> sets = ParsedScripts.commands(parsed, "Set-AzDataFactoryV2IntegrationRuntime");
        assertThat(sets).extracting(c -> ParsedScripts.value(c, "Name")).containsExactly("ir-ssis-fin-weu",
                "ir-ssis-fin-neu", "ir-ssis-sales", "ir-ssis-ops");
        Map<String, Object> finance = sets.get(0);
        assertThat(ParsedScripts.value(finance, "CatalogServerEndpoint"))
                .isEqualTo("sqlmi-contoso-fin-weu.a1b2c3d4e5f6.database.windows.net");
        assertThat(ParsedScripts.value(finance, "VNetInjectionMethod")).isEqualTo("Standard");
        assertThat(ParsedScripts.parameters(finance)).doesNotContain("CatalogAdminCredential", "CatalogPricingTier");
        Map<String, Object> sales = sets.get(2);
        assertThat(ParsedScripts.value(sales, "CatalogServerEndpoint"))
                .isEqualTo("sqlmi-contoso-sales.public.b2c3d4e5f6a1.database.windows.net,3342");
        assertThat(ParsedScripts.parameters(sales)).contains("CatalogAdminCredential").doesNotContain("SubnetId");
        Map<String, Object> operations = sets.get(3);
        assertThat(ParsedScripts.value(operations, "CatalogServerEndpoint")).isEqualTo("fog-contoso-ops.database.windows.net");
        assertThat(ParsedScripts.value(operations, "CatalogPricingTier")).isEqualTo("Standard");
        assertThat(ParsedScripts.parameters(operations)).contains("PublicIPs", "SetupScriptContainerSasUri",
                "ExpressCustomSetup", "DataProxyIntegrationRuntimeName");
    }

    @Test
    void secretsAreReadWhenTheScriptRunsAndNeverWritten() throws Exception {
        String script = IntegrationRuntimeScript.render(Samples.CONTOSO.build());

        assertThat(script).contains("Get-AzKeyVaultSecret -VaultName 'kv-contoso-ssis' -Name 'ssisdb-admin-password'")
                .contains("Read-Host -AsSecureString -Prompt 'custom setup container SAS URI of ir-ssis-ops'")
                .doesNotContain("sig=").doesNotContainIgnoringCase("password=");
    }

    @Test
    void hostileNamesReadBackExactly() throws Exception {
        MigrationPlan plan = Samples.CONTOSO.build();
        AzureSsisIntegrationRuntime runtime = plan.getTarget().getSubscriptions().get(0).getResourceGroups().get(0)
                .getDataFactories().get(0).getIntegrationRuntimes().get(0);
        String hostile = "ir 'x'; Remove-Item -Recurse C:\\ # $(whoami) `n ‘q’ 財務";
        runtime.setName(hostile);
        ((DataFactory) runtime.eContainer()).setName("adf \"$env:TEMP\"");

        Map<String, Object> parsed = parse(IntegrationRuntimeScript.render(plan));

        assertThat(ParsedScripts.errors(parsed)).isEmpty();
        Map<String, Object> set = ParsedScripts.commands(parsed, "Set-AzDataFactoryV2IntegrationRuntime").get(0);
        assertThat(ParsedScripts.value(set, "Name")).isEqualTo(hostile);
        assertThat(ParsedScripts.value(set, "DataFactoryName")).isEqualTo("adf \"$env:TEMP\"");
        assertThat(ParsedScripts.commandNames(parsed)).doesNotContain("Remove-Item", "whoami");
    }

    @Test
    void theSameDesignGivesTheSameScript() {
        assertThat(IntegrationRuntimeScript.render(Samples.CONTOSO.build()))
                .isEqualTo(IntegrationRuntimeScript.render(Samples.CONTOSO.build()));
    }

    private Map<String, Object> parse(String script) throws Exception {
        Path file = dir.resolve("40-integration-runtimes.ps1");
        Files.writeString(file, script, StandardCharsets.UTF_8);
        return ParsedScripts.powershell(file);
    }
}
