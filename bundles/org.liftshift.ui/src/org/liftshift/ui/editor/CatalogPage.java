package org.liftshift.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
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
final class CatalogPage extends FormPage {

    static final String ID = "catalog"; //$NON-NLS-1$

    private final DesignEditor editor;
    private final List<Runnable> refreshers = new ArrayList<>();

    CatalogPage(DesignEditor editor) {
        super(editor, ID, "SSISDB"); //$NON-NLS-1$ //$NON-NLS-2$
        this.editor = editor;
    }

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        ScrolledForm form = managedForm.getForm();
        FormToolkit toolkit = managedForm.getToolkit();
        form.setText("SSISDB: host, endpoint and authentication"); //$NON-NLS-1$
        toolkit.decorateFormHeading(form.getForm());
        Composite body = form.getBody();
        body.setLayout(new GridLayout());
        for (AzureSsisIntegrationRuntime runtime : DesignNavigation.runtimes(editor.plan())) {
            if (runtime.getCatalog() != null) {
                createSection(toolkit, body, runtime, runtime.getCatalog());
            }
        }
        editor.onChange(() -> {
            refreshers.forEach(Runnable::run);
            form.reflow(true);
        });
    }

    private void createSection(FormToolkit toolkit, Composite body, AzureSsisIntegrationRuntime runtime, SsisCatalogDesign catalog) {
        Section section = toolkit.createSection(body, Section.TITLE_BAR | Section.DESCRIPTION | Section.TWISTIE | Section.EXPANDED);
        section.setText(runtime.getName());
        section.setDescription("SSISDB on " + (catalog.getHost() == null ? "no host yet" : hostLabel(catalog))); //$NON-NLS-1$ //$NON-NLS-2$
        section.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Composite client = toolkit.createComposite(section);
        client.setLayout(new GridLayout(2, false));
        String id = runtime.getName();

        toolkit.createLabel(client, "Endpoint:"); //$NON-NLS-1$
        Combo endpoint = enumCombo(client, id + ".endpoint", CatalogEndpointKind.VALUES.stream().map(CatalogEndpointKind::getLiteral).toList()); //$NON-NLS-1$
        bind(endpoint, catalog, TargetPackage.Literals.SSIS_CATALOG_DESIGN__ENDPOINT_KIND,
                () -> CatalogEndpointKind.VALUES.get(endpoint.getSelectionIndex()),
                () -> endpoint.select(CatalogEndpointKind.VALUES.indexOf(catalog.getEndpointKind())));

        toolkit.createLabel(client, "Authentication:"); //$NON-NLS-1$
        Combo authentication = enumCombo(client, id + ".authentication", //$NON-NLS-1$
                SsisDbAuthentication.VALUES.stream().map(SsisDbAuthentication::getLiteral).toList());
        bind(authentication, catalog, TargetPackage.Literals.SSIS_CATALOG_DESIGN__AUTHENTICATION,
                () -> SsisDbAuthentication.VALUES.get(authentication.getSelectionIndex()),
                () -> authentication.select(SsisDbAuthentication.VALUES.indexOf(catalog.getAuthentication())));

        List<EObject> concerned = new ArrayList<>(List.of(runtime, catalog));
        if (catalog.getHost() instanceof ManagedInstance mi) {
            concerned.add(mi);
            if (mi.getSubnet() != null && mi.getSubnet().getNetworkSecurityGroup() != null) {
                concerned.add(mi.getSubnet().getNetworkSecurityGroup());
            }
            toolkit.createLabel(client, "Managed Instance:"); //$NON-NLS-1$
            Button publicEndpoint = toolkit.createButton(client, "Public endpoint enabled (port 3342)", SWT.CHECK); //$NON-NLS-1$
            publicEndpoint.setData(DesignEditor.TEST_ID, id + ".publicEndpointEnabled"); //$NON-NLS-1$
            bind(publicEndpoint, mi, TargetPackage.Literals.MANAGED_INSTANCE__PUBLIC_ENDPOINT_ENABLED,
                    publicEndpoint::getSelection, () -> publicEndpoint.setSelection(mi.isPublicEndpointEnabled()));
        }

        Label problems = toolkit.createLabel(client, "", SWT.WRAP); //$NON-NLS-1$
        problems.setData(DesignEditor.TEST_ID, id + ".problems"); //$NON-NLS-1$
        GridData wide = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        wide.widthHint = 600;
        problems.setLayoutData(wide);
        Runnable showProblems = () -> {
            List<String> lines = editor.diagnostics().about(concerned, "EP-", "AUTH-").stream().map(d -> d.getMessage()).toList(); //$NON-NLS-1$ //$NON-NLS-2$
            problems.setText(lines.isEmpty() ? "No endpoint or authentication problem." : String.join("\n\n", lines)); //$NON-NLS-1$ //$NON-NLS-2$
            problems.setForeground(problems.getDisplay().getSystemColor(lines.isEmpty() ? SWT.COLOR_DARK_GREEN : SWT.COLOR_DARK_RED));
        };
        showProblems.run();
        refreshers.add(showProblems);
        section.setClient(client);
    }

    private static String hostLabel(SsisCatalogDesign catalog) {
        return (catalog.getHost() instanceof ManagedInstance ? "Managed Instance " : "SQL Database server ") //$NON-NLS-1$ //$NON-NLS-2$
                + catalog.getHost().getName();
    }

    private static Combo enumCombo(Composite parent, String testId, List<String> literals) {
        Combo combo = new Combo(parent, SWT.READ_ONLY);
        literals.forEach(combo::add);
        combo.setData(DesignEditor.TEST_ID, testId);
        return combo;
    }

    /**
     * Shows the feature's value in the widget and turns each selection into a SetCommand on the
     * editor's command stack, so undo and redo work and the widget follows them.
     */
    private void bind(Control widget, EObject owner, EStructuralFeature feature, Supplier<Object> value, Runnable show) {
        show.run();
        refreshers.add(() -> {
            if (!widget.isDisposed()) {
                show.run();
            }
        });
        widget.addListener(SWT.Selection, event -> {
            Object newValue = value.get();
            if (!Objects.equals(newValue, owner.eGet(feature))) {
                EditingDomain domain = editor.getEditingDomain();
                Command command = SetCommand.create(domain, owner, feature, newValue);
                domain.getCommandStack().execute(command);
            }
        });
    }
}
