package org.liftshift.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.liftshift.model.navigation.DesignNavigation;
import org.liftshift.model.target.AzureSsisIntegrationRuntime;
import org.liftshift.model.target.CatalogEndpointKind;
import org.liftshift.model.target.ManagedInstance;
import org.liftshift.model.target.SsisCatalogDesign;
import org.liftshift.model.target.SsisDbAuthentication;
import org.liftshift.model.target.TargetPackage;

/**
 * SSISDB of each integration runtime: how the IR reaches it (endpoint) and authenticates, with the
 * endpoint and authentication rules (EP-*, AUTH-*) that the current choice breaks shown in place.
 */
final class CatalogPage extends DesignFormPage {

    static final String ID = "catalog"; //$NON-NLS-1$

    CatalogPage(DesignEditor editor) {
        super(editor, ID, "SSISDB"); //$NON-NLS-1$
    }

    @Override
    protected Object shape() {
        List<Object> shape = new ArrayList<>();
        for (AzureSsisIntegrationRuntime runtime : DesignNavigation.runtimes(editor.plan())) {
            shape.add(runtime);
            shape.add(runtime.getCatalog());
            shape.add(runtime.getCatalog() == null ? null : runtime.getCatalog().getHost());
        }
        return shape;
    }

    @Override
    protected void createContent(ScrolledForm form, Composite body) {
        form.setText(Messages.Catalog_ssisdbHostEndpointAndAuthentication);
        for (AzureSsisIntegrationRuntime runtime : DesignNavigation.runtimes(editor.plan())) {
            if (runtime.getCatalog() != null) {
                createSection(body, runtime, runtime.getCatalog());
            }
        }
    }

    private void createSection(Composite body, AzureSsisIntegrationRuntime runtime, SsisCatalogDesign catalog) {
        Composite client = section(body, runtime.getName(),
                NLS.bind(Messages.Catalog_sectionDescription, catalog.getHost() == null ? Messages.Catalog_noHostYet : hostLabel(catalog)), 2);
        String id = runtime.getName();
        label(client, Messages.Catalog_endpoint);
        enumCombo(client, id + ".endpoint", catalog, TargetPackage.Literals.SSIS_CATALOG_DESIGN__ENDPOINT_KIND, CatalogEndpointKind.VALUES); //$NON-NLS-1$
        label(client, Messages.Catalog_authentication);
        enumCombo(client, id + ".authentication", catalog, TargetPackage.Literals.SSIS_CATALOG_DESIGN__AUTHENTICATION, //$NON-NLS-1$
                SsisDbAuthentication.VALUES);

        List<EObject> concerned = new ArrayList<>(List.of(runtime, catalog));
        if (catalog.getHost() instanceof ManagedInstance mi) {
            concerned.add(mi);
            if (mi.getSubnet() != null && mi.getSubnet().getNetworkSecurityGroup() != null) {
                concerned.add(mi.getSubnet().getNetworkSecurityGroup());
            }
            label(client, Messages.Catalog_managedInstance);
            checkbox(client, Messages.Catalog_publicEndpointEnabledPort3342, id + ".publicEndpointEnabled", mi, //$NON-NLS-1$
                    TargetPackage.Literals.MANAGED_INSTANCE__PUBLIC_ENDPOINT_ENABLED);
        }
        problems(client, 2, id + ".problems", () -> concerned, Messages.Catalog_noEndpointOrAuthenticationProblem, "EP-", "AUTH-"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private static String hostLabel(SsisCatalogDesign catalog) {
        return NLS.bind(catalog.getHost() instanceof ManagedInstance ? Messages.Catalog_managedInstanceNamed : Messages.Catalog_sqlDatabaseServerNamed,
                catalog.getHost().getName());
    }
}
