package org.liftshift.ui.editor;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.liftshift.model.persistence.MigrationFileException;

/** Shown instead of the design when the file cannot be read: what is wrong and what to do. */
final class UnreadableFilePage extends FormPage {

    private final MigrationFileException problem;

    UnreadableFilePage(DesignEditor editor, MigrationFileException problem) {
        super(editor, "unreadable", "Cannot open"); //$NON-NLS-1$ //$NON-NLS-2$
        this.problem = problem;
    }

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        ScrolledForm form = managedForm.getForm();
        FormToolkit toolkit = managedForm.getToolkit();
        form.setText("This migration file cannot be opened"); //$NON-NLS-1$
        Composite body = form.getBody();
        body.setLayout(new GridLayout());
        Label message = toolkit.createLabel(body, problem.getMessage(), SWT.WRAP);
        message.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        message.setData(DesignEditor.TEST_ID, "unreadable.message"); //$NON-NLS-1$
        toolkit.createLabel(body, "The file was not changed. Repair it in a text editor, restore its .bak copy, or import the estate again.", //$NON-NLS-1$
                SWT.WRAP).setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
    }
}
