package org.liftshift.generate.internal.powershell;

import static org.liftshift.generate.internal.text.PowerShellText.commentQuote;
import static org.liftshift.generate.internal.text.PowerShellText.quote;

import org.liftshift.model.navigation.AzureResources;
import org.liftshift.model.navigation.DesignNavigation;
import org.liftshift.model.plan.MigrationPlan;
import org.liftshift.model.target.DataFactory;
import org.liftshift.model.target.ManagedIdentityKind;

/**
 * The kit's data-factory script: {@code Set-AzDataFactoryV2} for every factory of the design, with
 * its managed identity: system-assigned (what Microsoft Entra authentication to SSISDB uses, AUTH-2),
 * user-assigned, or both.
 */
public final class DataFactoryScript {

    public static final String FILE_NAME = "powershell/30-data-factories.ps1";

    private DataFactoryScript() {
    }

    public static String render(MigrationPlan plan) {
        StringBuilder out = new StringBuilder(PowerShellScripts.header("data factories", plan,
                "Creates or updates each data factory of the design with its managed identity.", ""));
        for (DataFactory factory : PowerShellScripts.factories(plan)) {
            out.append('\n').append(section(factory));
        }
        return out.toString();
    }

    static String section(DataFactory factory) {
        StringBuilder out = new StringBuilder();
        out.append("# ---- Data factory ").append(commentQuote(factory.getName())).append('\n');
        ManagedIdentityKind identity = factory.getManagedIdentity();
        boolean userAssigned = identity != ManagedIdentityKind.SYSTEM_ASSIGNED && factory.getUserAssignedIdentity() != null;
        PowerShellCommand set = new PowerShellCommand("Set-AzDataFactoryV2").text("ResourceGroupName", DesignNavigation.groupOf(factory).getName())
                .text("Name", factory.getName()).text("Location", region(factory));
        if (userAssigned) {
            out.append("$identities = New-Object 'System.Collections.Generic.Dictionary[string,object]'\n");
            out.append("$identities.Add(").append(quote(AzureResources.identityId(factory.getUserAssignedIdentity())))
                    .append(", (New-Object 'System.Collections.Generic.Dictionary[string,object]'))\n");
            set.text("IdentityType", identity == ManagedIdentityKind.USER_ASSIGNED ? "UserAssigned" : "SystemAssigned,UserAssigned")
                    .expression("UserAssignedIdentity", "$identities");
        } else {
            set.text("IdentityType", "SystemAssigned");
        }
        out.append("$factory = ").append(set.flag("Force").render("").trim()).append('\n');
        out.append("if ($factory) {\n    Write-Output (\"Data factory \" + $factory.DataFactoryName + \": managed identity \" + $factory.Identity.PrincipalId)\n}\n");
        return out.toString();
    }

    static String region(DataFactory factory) {
        return DesignNavigation.hasText(factory.getRegion()) ? factory.getRegion() : DesignNavigation.groupOf(factory).getRegion();
    }
}
