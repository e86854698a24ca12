package org.liftshift.ui.editor;

import org.eclipse.osgi.util.NLS;
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

/** Shown instead of the design while it loads, or when the file cannot be read: what is happening and what to do. */
final class NoticePage extends FormPage {

    private final String heading;
    private final String message;
    private final String hint;

    private NoticePage(DesignEditor editor, String id, String title, String heading, String message, String hint) {
        super(editor, id, title);
        this.heading = heading;
        this.message = message;
        this.hint = hint;
    }

    static NoticePage loading(DesignEditor editor, String fileName) {
        return new NoticePage(editor, "loading", Messages.Notice_loading, NLS.bind(Messages.Notice_loadingFile, fileName), //$NON-NLS-1$
                Messages.Notice_readingAndValidatingTheDesign,
                Messages.Notice_largeEstatesTakeAFew);
    }

    static NoticePage unreadable(DesignEditor editor, MigrationFileException problem) {
        return new NoticePage(editor, "unreadable", Messages.Notice_cannotOpen, Messages.Notice_thisMigrationFileCannotBe, //$NON-NLS-1$
                problem.getMessage(),
                Messages.Notice_theFileWasNotChanged);
    }

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        ScrolledForm form = managedForm.getForm();
        FormToolkit toolkit = managedForm.getToolkit();
        form.setText(heading);
        Composite body = form.getBody();
        body.setLayout(new GridLayout());
        Label text = toolkit.createLabel(body, message, SWT.WRAP);
        text.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        text.setData(DesignEditor.TEST_ID, getId() + ".message"); //$NON-NLS-1$
        toolkit.createLabel(body, hint, SWT.WRAP).setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
    }
}
