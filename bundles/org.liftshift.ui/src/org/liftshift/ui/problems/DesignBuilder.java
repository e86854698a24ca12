package org.liftshift.ui.problems;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.liftshift.model.persistence.MigrationFileException;
import org.liftshift.model.persistence.MigrationFiles;
import org.liftshift.model.plan.MigrationPlan;
import org.liftshift.ui.DesignFiles;
import org.liftshift.ui.editor.DesignDiagnostics;

/**
 * Validates the {@code .liftshift} files of a migration project that changed (all of them on a full
 * build) and replaces their Problems-view markers, so every saved design shows its problems whether
 * or not an editor is open on it.
 */
public final class DesignBuilder extends IncrementalProjectBuilder {

    public static final String ID = "org.liftshift.ui.designBuilder"; //$NON-NLS-1$

    @Override
    protected IProject[] build(int kind, Map<String, String> args, IProgressMonitor monitor) throws CoreException {
        List<IFile> files = new ArrayList<>();
        IResourceDelta delta = kind == FULL_BUILD ? null : getDelta(getProject());
        if (delta == null) {
            getProject().accept(resource -> collect(resource, files));
        } else {
            delta.accept(change -> change.getKind() == IResourceDelta.REMOVED || collect(change.getResource(), files));
        }
        SubMonitor progress = SubMonitor.convert(monitor, files.size());
        for (IFile file : files) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            progress.subTask(NLS.bind(Messages.Builder_validating, file.getFullPath()));
            validate(file);
            progress.worked(1);
        }
        return null;
    }

    @Override
    protected void clean(IProgressMonitor monitor) throws CoreException {
        getProject().deleteMarkers(DesignMarkers.TYPE, true, IResource.DEPTH_INFINITE);
    }

    private static boolean collect(IResource resource, List<IFile> files) {
        if (resource instanceof IFile file && DesignFiles.isDesign(file) && !file.isDerived()) {
            files.add(file);
        }
        // output folders (the deployment kits) hold no designs
        return !resource.isDerived();
    }

    /** Validates one design file and replaces its markers. */
    public static void validate(IFile file) throws CoreException {
        if (file.getLocation() == null) {
            return;
        }
        try {
            MigrationPlan plan = MigrationFiles.load(file.getLocation().toPath());
            DesignDiagnostics diagnostics = new DesignDiagnostics();
            diagnostics.validate(plan);
            DesignMarkers.replace(file, diagnostics.all(), plan.getFindings());
        } catch (MigrationFileException e) {
            DesignMarkers.unreadable(file, e);
        }
    }
}
