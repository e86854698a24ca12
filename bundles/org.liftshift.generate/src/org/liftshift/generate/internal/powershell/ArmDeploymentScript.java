package org.liftshift.generate.internal.powershell;

import static org.liftshift.generate.internal.text.PowerShellText.commentQuote;
import static org.liftshift.generate.internal.text.PowerShellText.quote;

import java.util.ArrayList;
import java.util.List;

import org.liftshift.azure.arm.ArmTemplate;
import org.liftshift.azure.arm.ArmTemplate.SecretParameter;
import org.liftshift.generate.KitFile;
import org.liftshift.generate.internal.text.FileNames;
import org.liftshift.model.navigation.DesignNavigation;
import org.liftshift.model.plan.MigrationPlan;
import org.liftshift.model.target.AzureSsisIntegrationRuntime;
import org.liftshift.model.target.DataFactory;

/**
 * The kit's ARM templates ({@code arm/<factory>.json}, one per factory with integration runtimes)
 * and the script that deploys those whose runtimes use properties {@code Set-AzDataFactoryV2IntegrationRuntime}
 * cannot set: package stores, the user-assigned credential and the dual-standby pair name.
 */
public final class ArmDeploymentScript {

    public static final String FILE_NAME = "powershell/50-arm-deployment.ps1";

    private ArmDeploymentScript() {
    }

    /** The templates, then the deployment script when one is needed, building each template once. */
    public static List<KitFile> files(MigrationPlan plan) {
        List<ArmTemplate> templates = templatesOf(plan);
        List<KitFile> files = new ArrayList<>();
        KitFile script = script(plan, templates);
        if (script != null) {
            files.add(script);
        }
        files.addAll(templateFiles(templates));
        return files;
    }

    public static List<KitFile> templates(MigrationPlan plan) {
        return templateFiles(templatesOf(plan));
    }

    /** The deployment script, or null when no runtime needs a property the cmdlet lacks. */
    public static KitFile script(MigrationPlan plan) {
        return script(plan, templatesOf(plan));
    }

    public static String templatePath(DataFactory factory) {
        return "arm/" + FileNames.safe(factory.getName()) + ".json";
    }

    private static List<ArmTemplate> templatesOf(MigrationPlan plan) {
        return PowerShellScripts.factories(plan).stream().filter(f -> !f.getIntegrationRuntimes().isEmpty())
                .map(ArmTemplate::of).toList();
    }

    private static List<KitFile> templateFiles(List<ArmTemplate> templates) {
        return templates.stream().map(template -> new KitFile(templatePath(template.factory()), "ARM template of data factory "
                + template.factory().getName()
                + " and its integration runtimes, with every property (validates against the Data Factory schema).",
                template.json())).toList();
    }

    private static KitFile script(MigrationPlan plan, List<ArmTemplate> templates) {
        List<ArmTemplate> needed = templates.stream()
                .filter(t -> t.factory().getIntegrationRuntimes().stream().anyMatch(ArmDeploymentScript::needsTemplate)).toList();
        if (needed.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder(PowerShellScripts.header("ARM deployment", plan,
                "Deploys the ARM template of each factory whose runtimes use package stores, a credential or a dual-standby pair.", ""));
        for (ArmTemplate template : needed) {
            out.append('\n').append(section(template));
        }
        return new KitFile(FILE_NAME, "Applies what the cmdlet cannot set (package stores, credential, dual-standby pair name)"
                + " by deploying the factory's ARM template; stops and restarts its IRs.", out.toString());
    }

    static boolean needsTemplate(AzureSsisIntegrationRuntime runtime) {
        return !runtime.getPackageStores().isEmpty() || runtime.getCredential() != null
                || runtime.getCatalog() != null && DesignNavigation.hasText(runtime.getCatalog().getDualStandbyPairName());
    }

    private static String section(ArmTemplate template) {
        DataFactory factory = template.factory();
        String group = DesignNavigation.groupOf(factory).getName();
        StringBuilder out = new StringBuilder();
        out.append("# ---- Data factory ").append(commentQuote(factory.getName())).append('\n');
        out.append("$parameters = @{}\n");
        for (SecretParameter parameter : template.parameters()) {
            out.append(IntegrationRuntimeScript.readSecret("$secret", parameter.secret(), parameter.description())).append('\n');
            out.append("$parameters[").append(quote(parameter.name())).append("] = $secret\n");
        }
        for (AzureSsisIntegrationRuntime runtime : factory.getIntegrationRuntimes()) {
            out.append("$existing = ").append(new PowerShellCommand("Get-AzDataFactoryV2IntegrationRuntime").text("ResourceGroupName", group)
                    .text("DataFactoryName", factory.getName()).text("Name", runtime.getName()).flag("Status")
                    .expression("ErrorAction", "SilentlyContinue").render("").trim()).append('\n');
            out.append("if ($existing -and $existing.State -eq 'Started') {\n    ")
                    .append(new PowerShellCommand("Stop-AzDataFactoryV2IntegrationRuntime").text("ResourceGroupName", group)
                            .text("DataFactoryName", factory.getName()).text("Name", runtime.getName()).flag("Force").render("    ").trim())
                    .append("\n}\n");
        }
        out.append("$template = Join-Path (Join-Path $PSScriptRoot '..') ").append(quote(templatePath(factory))).append('\n');
        out.append("$null = ").append(new PowerShellCommand("New-AzResourceGroupDeployment").text("Name", deploymentName(factory))
                .text("ResourceGroupName", group).expression("TemplateFile", "$template")
                .expression("TemplateParameterObject", "$parameters").render("").trim()).append('\n');
        for (AzureSsisIntegrationRuntime runtime : factory.getIntegrationRuntimes()) {
            out.append(new PowerShellCommand("Start-AzDataFactoryV2IntegrationRuntime").text("ResourceGroupName", group)
                    .text("DataFactoryName", factory.getName()).text("Name", runtime.getName()).flag("Force").render("")).append('\n');
        }
        return out.toString();
    }

    /** Deployment names allow letters, digits and -._() up to 64 characters. */
    private static String deploymentName(DataFactory factory) {
        String name = "liftshift-" + factory.getName().replaceAll("[^-\\w.()]", "_");
        return name.length() > 64 ? name.substring(0, 64) : name;
    }
}
