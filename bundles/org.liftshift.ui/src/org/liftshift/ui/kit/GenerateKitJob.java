package org.liftshift.ui.kit;

import java.io.IOException;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.PlatformUI;
import org.liftshift.ui.DesignJob;
import org.liftshift.generate.DeploymentKit;
import org.liftshift.generate.KitFile;
import org.liftshift.model.persistence.MigrationFileException;
import org.liftshift.model.persistence.MigrationFiles;
import org.liftshift.model.plan.MigrationPlan;
import org.liftshift.ui.editor.DesignDiagnostics;
import org.liftshift.ui.preferences.LiftshiftPreferences;

/**
 * Generates the deployment kit of a design in the background: validates it, refuses a design with
 * errors unless the preferences say otherwise, writes the files under the project's kit folder and
 * shows them in the Deployment Kit view.
 */
public final class GenerateKitJob extends DesignJob {

    /** The family of every kit generation, to wait for or cancel them. */
    public static final Object FAMILY = GenerateKitJob.class;

    private final IFile design;
    private final MigrationPlan plan;

    /**
     * @param design the {@code .liftshift} file
     * @param plan   the design as an editor shows it, or null to read the file
     */
    public GenerateKitJob(IFile design, MigrationPlan plan) {
        super(NLS.bind(Messages.Generate_jobName, design.getName()), FAMILY);
        this.design = design;
        this.plan = plan;
        setRule(design.getProject());
    }

    /** The folder the kit of {@code design} is written to. */
    public static IFolder kitFolder(IFile design) {
        IPath relative = IPath.fromPortableString(LiftshiftPreferences.get(LiftshiftPreferences.OUTPUT_FOLDER))
                .append(design.getFullPath().removeFileExtension().lastSegment());
        return design.getProject().getFolder(relative);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, 10);
        try {
            progress.subTask(Messages.Generate_reading);
            MigrationPlan source = plan != null ? plan : MigrationFiles.load(design.getLocation().toPath());
            progress.worked(2);
            progress.checkCanceled();

            progress.subTask(Messages.Generate_validating);
            DesignDiagnostics diagnostics = new DesignDiagnostics();
            diagnostics.validate(source);
            List<Diagnostic> errors = diagnostics.all().stream().filter(d -> d.getSeverity() >= Diagnostic.ERROR).toList();
            if (!errors.isEmpty() && !LiftshiftPreferences.getBoolean(LiftshiftPreferences.GENERATE_WITH_ERRORS)) {
                MultiStatus refused = new MultiStatus(GenerateKitJob.class,
                        0, NLS.bind(Messages.Generate_refused, design.getName(), errors.size()));
                errors.forEach(error -> refused.add(Status.error(error.getMessage())));
                return refused;
            }
            progress.worked(2);
            progress.checkCanceled();

            progress.subTask(Messages.Generate_generating);
            DeploymentKit kit = DeploymentKit.of(source);
            progress.worked(3);
            progress.checkCanceled();

            progress.subTask(Messages.Generate_writing);
            IFolder folder = kitFolder(design);
            kit.write(folder.getLocation().toPath());
            folder.getProject().refreshLocal(IResource.DEPTH_INFINITE, progress.split(2));
            markDerived(folder);
            progress.worked(1);
            show(folder, kit.files());
            return Status.OK_STATUS;
        } catch (OperationCanceledException e) {
            return Status.CANCEL_STATUS;
        } catch (MigrationFileException e) {
            return Status.error(NLS.bind("{0}: {1}", design.getFullPath(), e.getMessage()), e); //$NON-NLS-1$
        } catch (IOException | CoreException e) {
            return Status.error(NLS.bind(Messages.Generate_writeFailed, design.getFullPath(), e.getMessage()), e);
        }
    }

    /** Kit files are output: the builder skips them and Open Resource and search leave them out. */
    private static void markDerived(IFolder folder) throws CoreException {
        IResource top = folder.getParent() instanceof IFolder parent ? parent : folder;
        top.setDerived(true, null);
    }

    private static void show(IFolder folder, List<KitFile> files) {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        PlatformUI.getWorkbench().getDisplay().asyncExec(() -> DeploymentKitView.showKit(folder, files));
    }
}
