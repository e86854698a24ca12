package org.liftshift.generate.internal.powershell;

import static org.liftshift.generate.internal.text.PowerShellText.commentQuote;
import static org.liftshift.generate.internal.text.PowerShellText.quote;

import java.util.ArrayList;
import java.util.List;

import org.liftshift.model.navigation.AzureResources;
import org.liftshift.model.navigation.DesignNavigation;
import org.liftshift.model.plan.MigrationPlan;
import org.liftshift.model.target.AzureSsisIntegrationRuntime;
import org.liftshift.model.target.DataFactory;
import org.liftshift.model.target.ExpressCustomSetup;
import org.liftshift.model.target.ResourceGroup;
import org.liftshift.model.target.SecretKind;
import org.liftshift.model.target.SecretReference;
import org.liftshift.model.target.SqlDatabaseServer;
import org.liftshift.model.target.SsisCatalogDesign;
import org.liftshift.model.target.SsisDbAuthentication;
import org.liftshift.model.target.Subnet;

/**
 * The kit's integration-runtime script: for every Azure-SSIS IR of the design, create or update it
 * with {@code Set-AzDataFactoryV2IntegrationRuntime} (one parameter set: by name), stopping it first
 * when it runs, then start it. Secrets are read when the script runs: from Key Vault when the design
 * names a vault, otherwise by a prompt; none is ever written into the script.
 */
public final class IntegrationRuntimeScript {

    public static final String FILE_NAME = "powershell/40-integration-runtimes.ps1";

    private IntegrationRuntimeScript() {
    }

    public static String render(MigrationPlan plan) {
        StringBuilder out = new StringBuilder(PowerShellScripts.header("Azure-SSIS integration runtimes", plan,
                "Creates or updates each integration runtime (stopping it first when it runs) and starts it.", ""));
        List<AzureSsisIntegrationRuntime> runtimes = DesignNavigation.runtimes(plan);
        for (AzureSsisIntegrationRuntime runtime : runtimes) {
            out.append('\n').append(runtimeSection(runtime));
        }
        return out.toString();
    }

    static String runtimeSection(AzureSsisIntegrationRuntime runtime) {
        DataFactory factory = DesignNavigation.factoryOf(runtime);
        ResourceGroup group = DesignNavigation.groupOf(factory);
        StringBuilder out = new StringBuilder();
        out.append("# ---- Integration runtime ").append(commentQuote(runtime.getName())).append(" in data factory ")
                .append(commentQuote(factory.getName())).append('\n');
        List<String> secrets = new ArrayList<>();
        PowerShellCommand set = new PowerShellCommand("Set-AzDataFactoryV2IntegrationRuntime")
                .text("ResourceGroupName", group.getName()).text("DataFactoryName", factory.getName())
                .text("Name", runtime.getName()).text("Type", "Managed").text("Description", runtime.getDescription())
                .text("Location", DesignNavigation.regionOf(runtime)).text("NodeSize", runtime.getNodeSize())
                .number("NodeCount", runtime.getNodeCount())
                .number("MaxParallelExecutionsPerNode", runtime.getMaxParallelExecutionsPerNode())
                .text("Edition", runtime.getEdition().getLiteral()).text("LicenseType", runtime.getLicenseType().getLiteral());
        SsisCatalogDesign catalog = runtime.getCatalog();
        if (catalog != null && catalog.getHost() != null) {
            set.text("CatalogServerEndpoint", AzureResources.catalogEndpoint(catalog));
            if (catalog.getHost() instanceof SqlDatabaseServer) {
                set.text("CatalogPricingTier", catalog.getPricingTier().getLiteral());
            }
            if (catalog.getAuthentication() == SsisDbAuthentication.SQL) {
                secrets.add(readSecret("$catalogAdminPassword", catalog.getAdminPassword(),
                        "SSISDB admin password of " + runtime.getName()));
                secrets.add("$catalogAdmin = New-Object System.Management.Automation.PSCredential("
                        + quote(catalog.getAdminUserName()) + ", $catalogAdminPassword)");
                set.expression("CatalogAdminCredential", "$catalogAdmin");
            }
        }
        if (runtime.getVnetInjection() != null && runtime.getVnetInjection().getSubnet() != null) {
            Subnet subnet = runtime.getVnetInjection().getSubnet();
            set.text("SubnetId", AzureResources.subnetId(subnet)).text("VNetInjectionMethod", runtime.getVnetInjection().getMethod().getLiteral());
            set.texts("PublicIPs", runtime.getVnetInjection().getPublicIps().stream().map(AzureResources::publicIpId).toList());
        }
        if (runtime.getCustomSetup() != null) {
            secrets.add(readSecret("$setupContainer", runtime.getCustomSetup().getContainerSasUri(),
                    "custom setup container SAS URI of " + runtime.getName()));
            set.expression("SetupScriptContainerSasUri", "([System.Net.NetworkCredential]::new('', $setupContainer).Password)");
        }
        if (!runtime.getExpressSetups().isEmpty()) {
            secrets.add("$expressSetups = New-Object System.Collections.ArrayList");
            int index = 0;
            for (ExpressCustomSetup setup : runtime.getExpressSetups()) {
                secrets.addAll(expressSetup(setup, runtime, ++index));
            }
            set.expression("ExpressCustomSetup", "$expressSetups");
        }
        if (runtime.getDataProxy() != null) {
            set.text("DataProxyIntegrationRuntimeName", runtime.getDataProxy().getSelfHostedRuntime().getName())
                    .text("DataProxyStagingLinkedServiceName", runtime.getDataProxy().getStagingLinkedService().getName())
                    .text("DataProxyStagingPath", runtime.getDataProxy().getStagingPath());
        }
        set.flag("Force");

        for (String line : secrets) {
            out.append(line).append('\n');
        }
        PowerShellCommand get = new PowerShellCommand("Get-AzDataFactoryV2IntegrationRuntime")
                .text("ResourceGroupName", group.getName()).text("DataFactoryName", factory.getName())
                .text("Name", runtime.getName()).flag("Status").expression("ErrorAction", "SilentlyContinue");
        out.append("$existing = ").append(get.render("").trim()).append('\n');
        out.append("if ($existing -and $existing.State -eq 'Started') {\n");
        out.append("    # the IR must be stopped before its settings change\n");
        out.append(new PowerShellCommand("Stop-AzDataFactoryV2IntegrationRuntime").text("ResourceGroupName", group.getName())
                .text("DataFactoryName", factory.getName()).text("Name", runtime.getName()).flag("Force").render("    "))
                .append("\n}\n");
        out.append(set.render("")).append('\n');
        out.append(new PowerShellCommand("Start-AzDataFactoryV2IntegrationRuntime").text("ResourceGroupName", group.getName())
                .text("DataFactoryName", factory.getName()).text("Name", runtime.getName()).flag("Force").render(""))
                .append('\n');
        return out.toString();
    }

    /** A line that reads a secret into a SecureString variable when the script runs. */
    static String readSecret(String variable, SecretReference secret, String what) {
        if (secret != null && secret.getKind() == SecretKind.KEY_VAULT && secret.getKeyVault() != null) {
            return variable + " = (" + new PowerShellCommand("Get-AzKeyVaultSecret").text("VaultName", secret.getKeyVault().getName())
                    .text("Name", secret.getKey()).render("").trim() + ").SecretValue";
        }
        return variable + " = Read-Host -AsSecureString -Prompt " + quote(what);
    }

    private static List<String> expressSetup(ExpressCustomSetup setup, AzureSsisIntegrationRuntime runtime, int index) {
        String models = "Microsoft.Azure.Management.DataFactory.Models.";
        List<String> lines = new ArrayList<>();
        switch (setup.getKind()) {
            case CMDKEY -> {
                String secret = "$cmdkeyPassword" + index;
                lines.add(readSecret(secret, setup.getSecret(), "password of " + setup.getUserName() + " for "
                        + setup.getTargetName() + " (" + runtime.getName() + ")"));
                lines.add("$null = $expressSetups.Add((New-Object " + models + "CmdkeySetup(" + quote(setup.getTargetName()) + ", "
                        + quote(setup.getUserName()) + ", (New-Object " + models + "SecureString("
                        + "[System.Net.NetworkCredential]::new('', " + secret + ").Password)))))");
            }
            case ENVIRONMENT_VARIABLE -> lines.add("$null = $expressSetups.Add((New-Object " + models + "EnvironmentVariableSetup("
                    + quote(setup.getTargetName()) + ", " + quote(setup.getValue()) + ")))");
            case AZ_POWER_SHELL -> lines.add("$null = $expressSetups.Add((New-Object " + models + "AzPowerShellSetup("
                    + quote(setup.getVersion()) + ")))");
            case LICENSED_COMPONENT -> {
                String secret = "$componentLicense" + index;
                lines.add(readSecret(secret, setup.getSecret(), "licence key of " + setup.getComponentName()));
                lines.add("$null = $expressSetups.Add((New-Object " + models + "ComponentSetup(" + quote(setup.getComponentName())
                        + ", (New-Object " + models + "SecureString([System.Net.NetworkCredential]::new('', " + secret
                        + ").Password)))))");
            }
        }
        return lines;
    }
}
