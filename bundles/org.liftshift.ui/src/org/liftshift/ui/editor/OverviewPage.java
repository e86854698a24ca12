package org.liftshift.ui.editor;

import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.liftshift.model.plan.MigrationPlan;

/** The plan at a glance: what it holds and how ready it is, errors and warnings by area of the design. */
final class OverviewPage extends FormPage {

    static final String ID = "overview"; //$NON-NLS-1$

    private final DesignEditor editor;
    private Label readiness;
    private Label areas;

    OverviewPage(DesignEditor editor) {
        super(editor, ID, "Overview"); //$NON-NLS-1$ //$NON-NLS-2$
        this.editor = editor;
    }

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        ScrolledForm form = managedForm.getForm();
        FormToolkit toolkit = managedForm.getToolkit();
        MigrationPlan plan = editor.plan();
        form.setText(plan.getName());
        toolkit.decorateFormHeading(form.getForm());
        Composite body = form.getBody();
        body.setLayout(new GridLayout());

        Section section = toolkit.createSection(body, Section.TITLE_BAR | Section.DESCRIPTION);
        section.setText("Readiness"); //$NON-NLS-1$
        section.setDescription("Errors block the deployment kit; warnings are risks to review. Every change is checked at once."); //$NON-NLS-1$
        section.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Composite client = toolkit.createComposite(section);
        client.setLayout(new GridLayout());
        readiness = toolkit.createLabel(client, "", SWT.WRAP); //$NON-NLS-1$
        readiness.setData(DesignEditor.TEST_ID, "overview.readiness"); //$NON-NLS-1$
        readiness.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        areas = toolkit.createLabel(client, "", SWT.WRAP); //$NON-NLS-1$
        areas.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        section.setClient(client);
        refresh();
        editor.onChange(this::refresh);
    }

    private void refresh() {
        if (readiness == null || readiness.isDisposed()) {
            return;
        }
        DesignDiagnostics diagnostics = editor.diagnostics();
        long errors = diagnostics.count(Diagnostic.ERROR);
        long warnings = diagnostics.count(Diagnostic.WARNING);
        readiness.setText(errors == 0 ? warnings + " warnings; no errors: the deployment kit can be generated." //$NON-NLS-1$
                : errors + " errors and " + warnings + " warnings: fix the errors before generating the kit."); //$NON-NLS-1$ //$NON-NLS-2$
        Map<String, int[]> byArea = new TreeMap<>();
        for (Diagnostic diagnostic : diagnostics.all()) {
            String id = DesignDiagnostics.ruleId(diagnostic);
            String area = id.contains("-") ? id.substring(0, id.indexOf('-')) : "EMF"; //$NON-NLS-1$
            int[] counts = byArea.computeIfAbsent(area, a -> new int[2]);
            counts[diagnostic.getSeverity() == Diagnostic.ERROR ? 0 : 1]++;
        }
        StringBuilder text = new StringBuilder();
        byArea.forEach((area, counts) -> text.append(area).append(": ").append(counts[0]).append(" errors, ") //$NON-NLS-1$ //$NON-NLS-2$
                .append(counts[1]).append(" warnings\n")); //$NON-NLS-1$
        areas.setText(text.toString().strip());
        areas.getParent().layout(true, true);
    }
}
