package org.liftshift.generate.internal.powershell;

import static org.liftshift.generate.internal.text.PowerShellText.commentQuote;
import static org.liftshift.generate.internal.text.PowerShellText.quote;

import java.util.ArrayList;
import java.util.List;

import org.liftshift.generate.KitFile;
import org.liftshift.generate.internal.bcdr.FailoverPlan;
import org.liftshift.generate.internal.bcdr.FailoverScenario;
import org.liftshift.generate.internal.tsql.BcdrScripts;
import org.liftshift.model.navigation.AzureResources;
import org.liftshift.model.navigation.DesignNavigation;
import org.liftshift.model.plan.MigrationPlan;
import org.liftshift.model.target.AzureSsisIntegrationRuntime;
import org.liftshift.model.target.CatalogEndpointKind;
import org.liftshift.model.target.DataFactory;
import org.liftshift.model.target.SsisCatalogDesign;
import org.liftshift.model.target.SsisDbAuthentication;

/**
 * One PowerShell script per failover scenario that applies to the design (seed 002), with the new
 * region, endpoint, subnet and custom setup filled in from the design. Run only during a failover,
 * as the BCDR runbook says.
 */
public final class FailoverScripts {

    private FailoverScripts() {
    }

    public static List<KitFile> files(MigrationPlan plan) {
        List<KitFile> files = new ArrayList<>();
        for (FailoverPlan failover : FailoverPlan.of(plan)) {
            files.add(new KitFile(failover.scriptPath(), "Failover scenario " + failover.scenario().id() + " for "
                    + failover.runtime().getName() + ": " + failover.scenario().summary(), render(plan, failover)));
        }
        return files;
    }

    static String render(MigrationPlan plan, FailoverPlan failover) {
        return failover.scenario().attaches() ? attach(plan, failover) : move(plan, failover);
    }

    /** Scenarios MI 1-3 and SQL Database 1-2: stop, edit, restart the same IR. */
    private static String move(MigrationPlan plan, FailoverPlan failover) {
        AzureSsisIntegrationRuntime runtime = failover.runtime();
        DataFactory factory = DesignNavigation.factoryOf(runtime);
        String group = DesignNavigation.groupOf(factory).getName();
        boolean askSubnet = failover.injected() && failover.newSubnet() == null;
        String parameters = askSubnet
                ? "\n    # the design has no subnet for this IR in the new region: name one (NET-6 applies)\n"
                        + "    [Parameter(Mandatory = $true)]\n    [string] $SubnetId\n"
                : "";
        StringBuilder out = new StringBuilder(PowerShellScripts.header("failover scenario " + failover.scenario().id(), plan,
                failover.scenario().title() + ": " + failover.scenario().summary(), parameters));
        out.append("\n# ---- Integration runtime ").append(commentQuote(runtime.getName())).append(" moves to ")
                .append(commentQuote(failover.newRegion())).append('\n');
        out.append("# 1. Stop the IR in the primary region.\n");
        out.append(new PowerShellCommand("Stop-AzDataFactoryV2IntegrationRuntime").text("ResourceGroupName", group)
                .text("DataFactoryName", factory.getName()).text("Name", runtime.getName()).flag("Force").render("")).append('\n');
        out.append("# 2. Edit it with the values of the new primary.\n");
        PowerShellCommand set = new PowerShellCommand("Set-AzDataFactoryV2IntegrationRuntime").text("ResourceGroupName", group)
                .text("DataFactoryName", factory.getName()).text("Name", runtime.getName()).text("Location", failover.newRegion());
        SsisCatalogDesign catalog = runtime.getCatalog();
        boolean newEndpoint = failover.scenario() == FailoverScenario.MI_2_PRIMARY_ENDPOINT
                || failover.scenario() == FailoverScenario.MI_3_PUBLIC_ENDPOINT
                || failover.scenario() == FailoverScenario.SQLDB_2_PRIMARY_ENDPOINT;
        if (newEndpoint) {
            CatalogEndpointKind kind = catalog.getEndpointKind() == CatalogEndpointKind.PUBLIC ? CatalogEndpointKind.PUBLIC
                    : CatalogEndpointKind.PRIVATE;
            set.text("CatalogServerEndpoint", AzureResources.serverEndpoint(failover.newHost(), kind));
            if (catalog.getAuthentication() == SsisDbAuthentication.SQL) {
                out.append(IntegrationRuntimeScript.readSecret("$catalogAdminPassword", catalog.getAdminPassword(),
                        "SSISDB admin password on " + failover.newHost().getName())).append('\n');
                out.append("$catalogAdmin = New-Object System.Management.Automation.PSCredential(")
                        .append(quote(catalog.getAdminUserName())).append(", $catalogAdminPassword)\n");
                set.expression("CatalogAdminCredential", "$catalogAdmin");
            }
        }
        if (failover.injected()) {
            if (askSubnet) {
                set.expression("SubnetId", "$SubnetId");
            } else {
                set.text("SubnetId", AzureResources.subnetId(failover.newSubnet()));
            }
        }
        if (failover.newCustomSetup() != null) {
            out.append(IntegrationRuntimeScript.readSecret("$setupContainer", failover.newCustomSetup().getContainerSasUri(),
                    "custom setup container SAS URI in " + failover.newRegion())).append('\n');
            set.expression("SetupScriptContainerSasUri", "([System.Net.NetworkCredential]::new('', $setupContainer).Password)");
        }
        out.append(set.flag("Force").render("")).append('\n');
        out.append("# 3. Restart it.\n");
        out.append(new PowerShellCommand("Start-AzDataFactoryV2IntegrationRuntime").text("ResourceGroupName", group)
                .text("DataFactoryName", factory.getName()).text("Name", runtime.getName()).flag("Force").render("")).append('\n');
        return out.toString();
    }

    /** Scenarios MI 4 and SQL Database 3, in two phases around the T-SQL that makes SSISDB accept the new IR. */
    private static String attach(MigrationPlan plan, FailoverPlan failover) {
        AzureSsisIntegrationRuntime runtime = failover.runtime();
        DataFactory factory = DesignNavigation.factoryOf(runtime);
        DataFactory newFactory = failover.newFactory();
        String parameters = "\n    # StopPrimary first, then run the T-SQL named below, then CreateNew\n"
                + "    [Parameter(Mandatory = $true)]\n    [ValidateSet('StopPrimary', 'CreateNew')]\n    [string] $Phase\n";
        StringBuilder out = new StringBuilder(PowerShellScripts.header("failover scenario " + failover.scenario().id(), plan,
                failover.scenario().title() + ": " + failover.scenario().summary(), parameters));
        out.append("\nif ($Phase -eq 'StopPrimary') {\n");
        out.append("    # 1. Stop the IR in the primary region; when the region is down there is nothing to stop.\n");
        out.append("    ").append(new PowerShellCommand("Stop-AzDataFactoryV2IntegrationRuntime")
                .text("ResourceGroupName", DesignNavigation.groupOf(factory).getName()).text("DataFactoryName", factory.getName())
                .text("Name", runtime.getName()).flag("Force").expression("ErrorAction", "Continue").render("    ").trim()).append('\n');
        out.append("    Write-Output ").append(quote("Next: run " + BcdrScripts.attachPath(failover)
                + " against the read/write listener, then this script with -Phase CreateNew.")).append("\n    return\n}\n");
        out.append("# 3. Create the data factory ").append(commentQuote(newFactory.getName())).append(" in the new region.\n");
        out.append(DataFactoryScript.section(newFactory));
        out.append("# 4. Create the IR by PowerShell (the portal reports that SSISDB already exists).\n");
        out.append(IntegrationRuntimeScript.runtimeSection(failover.newRuntime()));
        return out.toString();
    }
}
