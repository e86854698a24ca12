package org.liftshift.ui.wizards;

import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.liftshift.ui.editor.DesignEditor;

/** The name of the new migration project and what its design starts from. */
final class NewMigrationProjectPage extends WizardPage {

    private Text name;
    private Button sample;

    NewMigrationProjectPage() {
        super("project"); //$NON-NLS-1$
        setTitle(Messages.NewProject_pageTitle);
        setDescription(Messages.NewProject_pageDescription);
    }

    @Override
    public void createControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(2, false));
        new Label(body, SWT.NONE).setText(Messages.NewProject_name);
        name = new Text(body, SWT.BORDER);
        name.setData(DesignEditor.TEST_ID, "newProject.name"); //$NON-NLS-1$
        name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        name.addModifyListener(e -> validate());

        Label start = new Label(body, SWT.NONE);
        start.setText(Messages.NewProject_startFrom);
        start.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false, 2, 1));
        Button empty = new Button(body, SWT.RADIO);
        empty.setText(Messages.NewProject_empty);
        empty.setData(DesignEditor.TEST_ID, "newProject.empty"); //$NON-NLS-1$
        empty.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        empty.setSelection(true);
        sample = new Button(body, SWT.RADIO);
        sample.setText(Messages.NewProject_sample);
        sample.setData(DesignEditor.TEST_ID, "newProject.sample"); //$NON-NLS-1$
        sample.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        setControl(body);
        setPageComplete(false);
    }

    private void validate() {
        String text = name.getText().strip();
        String problem = null;
        if (text.isEmpty()) {
            problem = Messages.NewProject_noName;
        } else {
            IStatus status = ResourcesPlugin.getWorkspace().validateName(text, IResource.PROJECT);
            if (!status.isOK()) {
                problem = status.getMessage();
            } else if (ResourcesPlugin.getWorkspace().getRoot().getProject(text).exists()) {
                problem = NLS.bind(Messages.NewProject_exists, text);
            }
        }
        setErrorMessage(problem);
        setPageComplete(problem == null);
    }

    String projectName() {
        return name.getText().strip();
    }

    boolean fromSample() {
        return sample.getSelection();
    }
}
