package org.liftshift.generate.internal.powershell;

import static org.liftshift.generate.internal.text.PowerShellText.commentQuote;
import static org.liftshift.generate.internal.text.PowerShellText.quote;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.liftshift.model.navigation.AzureResources;
import org.liftshift.model.navigation.DesignNavigation;
import org.liftshift.model.plan.MigrationPlan;
import org.liftshift.model.target.AzureSsisIntegrationRuntime;
import org.liftshift.model.target.DataFactory;
import org.liftshift.model.target.ResourceGroup;
import org.liftshift.model.target.Subscription;
import org.liftshift.model.target.VNetInjectionMethod;
import org.liftshift.model.target.VirtualNetwork;
import org.liftshift.model.target.VirtualNetworkKind;

/**
 * The kit's first script: sign in to each subscription of the design, and make sure what the
 * integration runtimes' virtual networks need before anything is created: the Microsoft.Batch
 * provider (NET-5), no resource lock on the network's resource group or subscription (NET-3), and
 * permission to join the network and bring own public IPs (NET-1) through a custom role.
 */
public final class PrerequisitesScript {

    public static final String FILE_NAME = "powershell/10-prerequisites.ps1";
    static final String JOIN_ROLE = "Liftshift Azure-SSIS IR virtual network join";

    private PrerequisitesScript() {
    }

    /** What one subscription must provide for the runtimes whose networks it holds. */
    private static final class SubscriptionNeeds {
        final Set<VirtualNetwork> networks = new LinkedHashSet<>();
        final Set<ResourceGroup> networkGroups = new LinkedHashSet<>();
        boolean batch;
        boolean publicIps;
    }

    public static String render(MigrationPlan plan) {
        Map<Subscription, SubscriptionNeeds> needs = new LinkedHashMap<>();
        for (DataFactory factory : PowerShellScripts.factories(plan)) {
            needs.computeIfAbsent(DesignNavigation.subscriptionOf(factory), s -> new SubscriptionNeeds());
        }
        for (AzureSsisIntegrationRuntime runtime : DesignNavigation.runtimes(plan)) {
            if (runtime.getVnetInjection() == null || runtime.getVnetInjection().getSubnet() == null) {
                continue;
            }
            VirtualNetwork network = DesignNavigation.networkOf(runtime.getVnetInjection().getSubnet());
            SubscriptionNeeds need = needs.computeIfAbsent(DesignNavigation.subscriptionOf(network), s -> new SubscriptionNeeds());
            need.networks.add(network);
            need.networkGroups.add(DesignNavigation.groupOf(network));
            need.batch |= runtime.getVnetInjection().getMethod() == VNetInjectionMethod.STANDARD;
            need.publicIps |= !runtime.getVnetInjection().getPublicIps().isEmpty();
        }
        StringBuilder out = new StringBuilder(PowerShellScripts.header("prerequisites", plan,
                "Signs in to each subscription and checks or grants what the integration runtimes need (NET-1, NET-3, NET-5).", ""));
        needs.forEach((subscription, need) -> out.append('\n').append(subscriptionSection(subscription, need)));
        return out.toString();
    }

    private static String subscriptionSection(Subscription subscription, SubscriptionNeeds need) {
        String id = subscription.getSubscriptionId();
        StringBuilder out = new StringBuilder();
        out.append("# ---- Subscription ").append(commentQuote(subscription.getName())).append('\n');
        out.append("$context = Get-AzContext\n");
        out.append("if (-not $context -or -not $context.Subscription -or $context.Subscription.Id -ne ").append(quote(id)).append(") {\n");
        PowerShellCommand connect = new PowerShellCommand("Connect-AzAccount").text("Subscription", id);
        if (DesignNavigation.hasText(subscription.getTenantId())) {
            connect.text("Tenant", subscription.getTenantId());
        }
        out.append("    $null = ").append(connect.render("    ").trim()).append("\n}\n");
        out.append("$null = ").append(new PowerShellCommand("Set-AzContext").text("Subscription", id).render("").trim()).append('\n');
        if (need.batch) {
            out.append("# NET-5: standard virtual network injection needs the Microsoft.Batch resource provider\n");
            out.append("$batch = @(").append(new PowerShellCommand("Get-AzResourceProvider").text("ProviderNamespace", "Microsoft.Batch")
                    .render("").trim()).append(" | Where-Object RegistrationState -NE 'Registered')\n");
            out.append("if ($batch.Count -gt 0) {\n    $null = ").append(new PowerShellCommand("Register-AzResourceProvider")
                    .text("ProviderNamespace", "Microsoft.Batch").render("    ").trim()).append("\n}\n");
        }
        if (!need.networks.isEmpty()) {
            out.append("# NET-3: a read-only or delete lock makes starting and stopping the IR hang\n");
            out.append("$locks = @(").append(new PowerShellCommand("Get-AzResourceLock").flag("AtScope").render("").trim())
                    .append(" | Where-Object { $_.ResourceId -notmatch '/resourceGroups/' })\n");
            for (ResourceGroup group : need.networkGroups) {
                out.append("$locks += @(").append(new PowerShellCommand("Get-AzResourceLock").text("ResourceGroupName", group.getName())
                        .flag("AtScope").render("").trim()).append(")\n");
            }
            out.append("if ($locks.Count -gt 0) {\n");
            out.append("    throw ('NET-3: remove these resource locks before creating the integration runtime, or it cannot start or stop: ' + (($locks | ForEach-Object ResourceId) -join ', '))\n}\n");
            out.append(joinRole(id, need));
        }
        return out.toString();
    }

    /** NET-1: a custom role with the join actions, assigned on each network to whoever runs the kit. */
    private static String joinRole(String subscriptionId, SubscriptionNeeds need) {
        String scope = "/subscriptions/" + subscriptionId;
        StringBuilder out = new StringBuilder();
        out.append("# NET-1: whoever creates the IR needs to join its virtual network");
        out.append(need.publicIps ? " and bring its own public IPs\n" : "\n");
        out.append("$roleName = ").append(quote(JOIN_ROLE)).append('\n');
        out.append("$role = ").append(new PowerShellCommand("Get-AzRoleDefinition").expression("Name", "$roleName").render("").trim())
                .append('\n');
        out.append("if (-not $role) {\n");
        out.append("    $role = ").append(new PowerShellCommand("Get-AzRoleDefinition").text("Name", "Reader").render("").trim()).append('\n');
        out.append("    $role.Id = $null\n    $role.Name = $roleName\n    $role.IsCustom = $true\n");
        out.append("    $role.Description = 'Join virtual networks and public IP addresses for Azure-SSIS integration runtimes (created by Liftshift)'\n");
        out.append("    $role.Actions.Clear()\n    $role.NotActions.Clear()\n");
        out.append("    $role.Actions.Add('Microsoft.Network/virtualNetworks/*/join/action')\n");
        out.append("    $role.Actions.Add('Microsoft.Network/publicIPAddresses/*/join/action')\n");
        out.append("    $role.AssignableScopes.Clear()\n    $role.AssignableScopes.Add(").append(quote(scope)).append(")\n");
        out.append("    if ($PSCmdlet.ShouldProcess($roleName, 'Create role definition')) {\n");
        out.append("        $role = ").append(new PowerShellCommand("New-AzRoleDefinition").expression("Role", "$role").render("").trim())
                .append("\n    }\n");
        out.append("} elseif ($role.AssignableScopes -notcontains ").append(quote(scope)).append(") {\n");
        out.append("    $role.AssignableScopes.Add(").append(quote(scope)).append(")\n");
        out.append("    if ($PSCmdlet.ShouldProcess($roleName, 'Add the subscription to the assignable scopes')) {\n");
        out.append("        $role = ").append(new PowerShellCommand("Set-AzRoleDefinition").expression("Role", "$role").render("").trim())
                .append("\n    }\n}\n");
        out.append("$account = (Get-AzContext).Account\n");
        out.append("$enough = @($roleName, 'Network Contributor', 'Contributor', 'Owner')\n");
        for (VirtualNetwork network : need.networks) {
            if (network.getKind() == VirtualNetworkKind.CLASSIC) {
                out.append("# ").append(commentQuote(network.getName()))
                        .append(" is a classic network: grant Classic Virtual Machine Contributor on it instead (NET-1).\n");
                continue;
            }
            String networkId = AzureResources.networkId(network);
            out.append("$scope = ").append(quote(networkId)).append('\n');
            out.append("if ($account.Type -eq 'ServicePrincipal') {\n");
            out.append("    $granted = @(").append(new PowerShellCommand("Get-AzRoleAssignment").expression("ServicePrincipalName", "$account.Id")
                    .expression("Scope", "$scope").render("").trim()).append(" | Where-Object RoleDefinitionName -In $enough)\n");
            out.append("    if ($granted.Count -eq 0 -and $PSCmdlet.ShouldProcess($scope, \"Assign $roleName\")) {\n");
            out.append("        $null = ").append(new PowerShellCommand("New-AzRoleAssignment").expression("ApplicationId", "$account.Id")
                    .expression("RoleDefinitionName", "$roleName").expression("Scope", "$scope").render("        ").trim())
                    .append("\n    }\n} else {\n");
            out.append("    $granted = @(").append(new PowerShellCommand("Get-AzRoleAssignment").expression("SignInName", "$account.Id")
                    .expression("Scope", "$scope").render("").trim()).append(" | Where-Object RoleDefinitionName -In $enough)\n");
            out.append("    if ($granted.Count -eq 0 -and $PSCmdlet.ShouldProcess($scope, \"Assign $roleName\")) {\n");
            out.append("        $null = ").append(new PowerShellCommand("New-AzRoleAssignment").expression("SignInName", "$account.Id")
                    .expression("RoleDefinitionName", "$roleName").expression("Scope", "$scope").render("        ").trim())
                    .append("\n    }\n}\n");
        }
        return out.toString();
    }
}
