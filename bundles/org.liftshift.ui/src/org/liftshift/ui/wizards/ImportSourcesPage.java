package org.liftshift.ui.wizards;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.liftshift.ui.DesignFiles;
import org.liftshift.ui.editor.DesignEditor;

/** Which SSIS files and folders to import, and into which design. */
final class ImportSourcesPage extends WizardPage {

    private final IFile initialDesign;
    private org.eclipse.swt.widgets.List sources;
    private Text design;

    ImportSourcesPage(IFile initialDesign) {
        super("sources"); //$NON-NLS-1$
        this.initialDesign = initialDesign;
        setTitle(Messages.ImportFiles_pageTitle);
        setDescription(Messages.ImportFiles_pageDescription);
    }

    @Override
    public void createControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(2, false));
        Text typed = new Text(body, SWT.BORDER);
        typed.setMessage(Messages.ImportFiles_typePath);
        typed.setData(DesignEditor.TEST_ID, "import.path"); //$NON-NLS-1$
        typed.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button addTyped = new Button(body, SWT.PUSH);
        addTyped.setText("&Add"); //$NON-NLS-1$
        addTyped.setData(DesignEditor.TEST_ID, "import.addPath"); //$NON-NLS-1$
        addTyped.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, false, false));
        addTyped.addListener(SWT.Selection, e -> {
            if (!typed.getText().isBlank()) {
                add(typed.getText().strip());
                typed.setText(""); //$NON-NLS-1$
            }
        });
        sources = new org.eclipse.swt.widgets.List(body, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
        sources.setData(DesignEditor.TEST_ID, "import.sources"); //$NON-NLS-1$
        GridData listData = new GridData(SWT.FILL, SWT.FILL, true, true);
        listData.heightHint = 160;
        listData.widthHint = 420;
        sources.setLayoutData(listData);
        Composite buttons = new Composite(body, SWT.NONE);
        buttons.setLayout(new GridLayout());
        buttons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
        button(buttons, Messages.ImportFiles_addFiles, () -> {
            FileDialog dialog = new FileDialog(getShell(), SWT.OPEN | SWT.MULTI);
            dialog.setFilterExtensions(new String[] { "*.dtsx;*.ispac;*.dtproj;*.dtsConfig", "*.*" }); //$NON-NLS-1$ //$NON-NLS-2$
            if (dialog.open() != null) {
                for (String name : dialog.getFileNames()) {
                    add(Path.of(dialog.getFilterPath(), name).toString());
                }
            }
        });
        button(buttons, Messages.ImportFiles_addFolder, () -> {
            String folder = new DirectoryDialog(getShell()).open();
            if (folder != null) {
                add(folder);
            }
        });
        button(buttons, "&Remove", () -> { //$NON-NLS-1$
            sources.remove(sources.getSelectionIndices());
            validate();
        });

        new Label(body, SWT.NONE).setText(Messages.ImportFiles_design);
        new Label(body, SWT.NONE);
        design = new Text(body, SWT.BORDER);
        design.setData(DesignEditor.TEST_ID, "import.design"); //$NON-NLS-1$
        design.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        if (initialDesign != null) {
            design.setText(initialDesign.getFullPath().toString());
        }
        design.addModifyListener(e -> validate());
        setControl(body);
        validate();
    }

    private void button(Composite parent, String text, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        button.addListener(SWT.Selection, e -> action.run());
    }

    private void add(String path) {
        if (sources.indexOf(path) < 0) {
            sources.add(path);
        }
        validate();
    }

    private void validate() {
        String problem = null;
        if (sources.getItemCount() == 0) {
            problem = Messages.ImportFiles_noSources;
        } else {
            for (String source : sources.getItems()) {
                if (!Files.exists(Path.of(source))) {
                    problem = NLS.bind(Messages.ImportFiles_missingSource, source);
                    break;
                }
            }
        }
        if (problem == null) {
            problem = designProblem(design.getText().strip());
        }
        setErrorMessage(problem);
        setPageComplete(problem == null);
    }

    static String designProblem(String text) {
        if (text.isEmpty()) {
            return Messages.Import_noDesign;
        }
        IPath path = IPath.fromPortableString(text);
        IStatus status = ResourcesPlugin.getWorkspace().validatePath(path.toString(), IResource.FILE);
        if (!status.isOK()) {
            return status.getMessage();
        }
        if (!DesignFiles.EXTENSION.equals(path.getFileExtension())) {
            return Messages.Import_notADesign;
        }
        if (!ResourcesPlugin.getWorkspace().getRoot().getProject(path.segment(0)).isOpen()) {
            return NLS.bind(Messages.Import_noProject, path.segment(0));
        }
        return null;
    }

    List<Path> sources() {
        List<Path> paths = new ArrayList<>();
        for (String item : sources.getItems()) {
            paths.add(Path.of(item));
        }
        return paths;
    }

    IFile design() {
        return designFile(design.getText());
    }

    /** The workspace file a design path typed on a page names. */
    static IFile designFile(String text) {
        return ResourcesPlugin.getWorkspace().getRoot().getFile(IPath.fromPortableString(text.strip()));
    }
}
