package org.liftshift.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.liftshift.model.navigation.DesignNavigation;
import org.liftshift.model.target.AzureSsisIntegrationRuntime;
import org.liftshift.model.target.CustomSetup;
import org.liftshift.model.target.DataProxy;
import org.liftshift.model.target.ExpressCustomSetup;
import org.liftshift.model.target.PackageStore;
import org.liftshift.model.target.SecretReference;

/**
 * Custom setup and proxy of each IR: the setup container (only as a reference to a secret: the SAS
 * URI never enters the design), express setups, the self-hosted IR that proxies on-premises data,
 * and the package stores.
 */
final class SetupPage extends DesignFormPage {

    static final String ID = "setup"; //$NON-NLS-1$

    SetupPage(DesignEditor editor) {
        super(editor, ID, "Custom setup && proxy"); //$NON-NLS-1$
    }

    @Override
    protected Object shape() {
        List<Object> shape = new ArrayList<>();
        for (AzureSsisIntegrationRuntime runtime : DesignNavigation.runtimes(editor.plan())) {
            shape.add(runtime.getCustomSetup());
            shape.add(runtime.getDataProxy());
            shape.add(List.copyOf(runtime.getExpressSetups()));
            shape.add(List.copyOf(runtime.getPackageStores()));
        }
        return shape;
    }

    @Override
    protected void createContent(ScrolledForm form, Composite body) {
        form.setText("Custom setup, self-hosted proxy and package stores"); //$NON-NLS-1$
        for (AzureSsisIntegrationRuntime runtime : DesignNavigation.runtimes(editor.plan())) {
            String id = runtime.getName();
            Composite client = section(body, runtime.getName(), "What the IR's nodes get besides SSIS itself.", 2); //$NON-NLS-1$
            label(client, "Custom setup:"); //$NON-NLS-1$
            liveLabel(client, 1, id + ".customSetup", () -> customSetup(runtime.getCustomSetup())); //$NON-NLS-1$
            label(client, "Express setups:"); //$NON-NLS-1$
            liveLabel(client, 1, id + ".expressSetups", () -> expressSetups(runtime.getExpressSetups())); //$NON-NLS-1$
            label(client, "Self-hosted IR proxy:"); //$NON-NLS-1$
            liveLabel(client, 1, id + ".proxy", () -> proxy(runtime.getDataProxy())); //$NON-NLS-1$
            label(client, "Package stores:"); //$NON-NLS-1$
            liveLabel(client, 1, id + ".packageStores", () -> packageStores(runtime.getPackageStores())); //$NON-NLS-1$
            List<EObject> concerned = new ArrayList<>(List.of(runtime));
            if (runtime.getCustomSetup() != null) {
                concerned.add(runtime.getCustomSetup());
            }
            if (runtime.getDataProxy() != null) {
                concerned.add(runtime.getDataProxy());
            }
            concerned.addAll(runtime.getExpressSetups());
            problems(client, 2, id + ".problems", () -> concerned, "No setup problem.", "NET-7", "AUTH-3"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        }
    }

    static String customSetup(CustomSetup setup) {
        if (setup == null) {
            return "none"; //$NON-NLS-1$
        }
        return "container SAS URI " + secret(setup.getContainerSasUri()) //$NON-NLS-1$
                + (setup.getDescription() == null ? "" : "; " + setup.getDescription()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    static String secret(SecretReference secret) {
        if (secret == null) {
            return "not set"; //$NON-NLS-1$
        }
        return switch (secret.getKind()) {
            case KEY_VAULT -> "from Key Vault " + (secret.getKeyVault() == null ? "?" : secret.getKeyVault().getName()) //$NON-NLS-1$ //$NON-NLS-2$
                    + ", secret " + secret.getKey(); //$NON-NLS-1$
            case SECURE_STORAGE -> "from the workbench's secure storage (" + secret.getKey() + ")"; //$NON-NLS-1$ //$NON-NLS-2$
            case PROMPT -> "asked for when the kit runs"; //$NON-NLS-1$
        };
    }

    static String expressSetups(List<ExpressCustomSetup> setups) {
        if (setups.isEmpty()) {
            return "none"; //$NON-NLS-1$
        }
        List<String> lines = new ArrayList<>();
        for (ExpressCustomSetup setup : setups) {
            lines.add(switch (setup.getKind()) {
                case CMDKEY -> "cmdkey for " + setup.getTargetName() + " as " + setup.getUserName() + ", password " + secret(setup.getSecret()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                case ENVIRONMENT_VARIABLE -> "environment variable " + setup.getTargetName(); //$NON-NLS-1$
                case AZ_POWER_SHELL -> "Az PowerShell " + (setup.getVersion() == null ? "" : setup.getVersion()); //$NON-NLS-1$ //$NON-NLS-2$
                case LICENSED_COMPONENT -> "licensed component " + setup.getComponentName(); //$NON-NLS-1$
            });
        }
        return String.join("\n", lines); //$NON-NLS-1$
    }

    static String proxy(DataProxy proxy) {
        if (proxy == null) {
            return "none: on-premises data stores must be reachable through the virtual network"; //$NON-NLS-1$
        }
        return (proxy.getSelfHostedRuntime() == null ? "?" : proxy.getSelfHostedRuntime().getName()) + ", staging in " //$NON-NLS-1$ //$NON-NLS-2$
                + (proxy.getStagingLinkedService() == null ? "?" : proxy.getStagingLinkedService().getName()) //$NON-NLS-1$
                + (proxy.getStagingPath() == null ? "" : "/" + proxy.getStagingPath()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    static String packageStores(List<PackageStore> stores) {
        if (stores.isEmpty()) {
            return "none: packages are deployed to SSISDB"; //$NON-NLS-1$
        }
        return String.join("\n", stores.stream().map(s -> s.getName() + " on " //$NON-NLS-1$ //$NON-NLS-2$
                + (s.getLinkedService() == null ? "?" : s.getLinkedService().getName())).toList()); //$NON-NLS-1$
    }
}
