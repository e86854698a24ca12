package org.liftshift.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
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
        super(editor, ID, Messages.Setup_customSetupProxy);
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
        form.setText(Messages.Setup_customSetupSelfHostedProxy);
        for (AzureSsisIntegrationRuntime runtime : DesignNavigation.runtimes(editor.plan())) {
            String id = runtime.getName();
            Composite client = section(body, runtime.getName(), Messages.Setup_whatTheIrSNodes, 2);
            label(client, Messages.Setup_customSetup);
            liveLabel(client, 1, id + ".customSetup", () -> customSetup(runtime.getCustomSetup())); //$NON-NLS-1$
            label(client, Messages.Setup_expressSetups);
            liveLabel(client, 1, id + ".expressSetups", () -> expressSetups(runtime.getExpressSetups())); //$NON-NLS-1$
            label(client, Messages.Setup_selfHostedIrProxy);
            liveLabel(client, 1, id + ".proxy", () -> proxy(runtime.getDataProxy())); //$NON-NLS-1$
            label(client, Messages.Setup_packageStores);
            liveLabel(client, 1, id + ".packageStores", () -> packageStores(runtime.getPackageStores())); //$NON-NLS-1$
            List<EObject> concerned = new ArrayList<>(List.of(runtime));
            if (runtime.getCustomSetup() != null) {
                concerned.add(runtime.getCustomSetup());
            }
            if (runtime.getDataProxy() != null) {
                concerned.add(runtime.getDataProxy());
            }
            concerned.addAll(runtime.getExpressSetups());
            problems(client, 2, id + ".problems", () -> concerned, Messages.Setup_noSetupProblem, "NET-7", "AUTH-3"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
    }

    /** Shown where a reference of the design is not set yet. */
    private static final String UNKNOWN = "?"; //$NON-NLS-1$

    static String customSetup(CustomSetup setup) {
        if (setup == null) {
            return Messages.Setup_none;
        }
        return setup.getDescription() == null ? NLS.bind(Messages.Setup_container, secret(setup.getContainerSasUri()))
                : NLS.bind(Messages.Setup_containerDescribed, secret(setup.getContainerSasUri()), setup.getDescription());
    }

    static String secret(SecretReference secret) {
        if (secret == null) {
            return Messages.Setup_notSet;
        }
        return switch (secret.getKind()) {
            case KEY_VAULT -> NLS.bind(Messages.Setup_fromKeyVault, secret.getKeyVault() == null ? UNKNOWN : secret.getKeyVault().getName(),
                    secret.getKey());
            case SECURE_STORAGE -> NLS.bind(Messages.Setup_fromSecureStorage, secret.getKey());
            case PROMPT -> Messages.Setup_askedForWhenTheKit;
        };
    }

    static String expressSetups(List<ExpressCustomSetup> setups) {
        if (setups.isEmpty()) {
            return Messages.Setup_none;
        }
        List<String> lines = new ArrayList<>();
        for (ExpressCustomSetup setup : setups) {
            lines.add(switch (setup.getKind()) {
                case CMDKEY -> NLS.bind(Messages.Setup_cmdkey, new Object[] { setup.getTargetName(), setup.getUserName(), secret(setup.getSecret()) });
                case ENVIRONMENT_VARIABLE -> NLS.bind(Messages.Setup_environmentVariable, setup.getTargetName());
                case AZ_POWER_SHELL -> NLS.bind(Messages.Setup_azPowerShell, setup.getVersion() == null ? "" : setup.getVersion()); //$NON-NLS-1$
                case LICENSED_COMPONENT -> NLS.bind(Messages.Setup_licensedComponent, setup.getComponentName());
            });
        }
        return String.join("\n", lines); //$NON-NLS-1$
    }

    static String proxy(DataProxy proxy) {
        if (proxy == null) {
            return Messages.Setup_noneOnPremisesDataStores;
        }
        String staging = proxy.getStagingLinkedService() == null ? UNKNOWN : proxy.getStagingLinkedService().getName();
        return NLS.bind(Messages.Setup_proxy, proxy.getSelfHostedRuntime() == null ? UNKNOWN : proxy.getSelfHostedRuntime().getName(),
                proxy.getStagingPath() == null ? staging : staging + "/" + proxy.getStagingPath()); //$NON-NLS-1$
    }

    static String packageStores(List<PackageStore> stores) {
        if (stores.isEmpty()) {
            return Messages.Setup_nonePackagesAreDeployedTo;
        }
        return String.join("\n", stores.stream().map(s -> NLS.bind(Messages.Setup_packageStore, s.getName(), //$NON-NLS-1$
                s.getLinkedService() == null ? UNKNOWN : s.getLinkedService().getName())).toList());
    }
}
