package org.liftshift.ui.wizards;

import java.util.ArrayList;
import java.util.List;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.liftshift.importer.EstateCounts;
import org.liftshift.importer.EstateImport;
import org.liftshift.importer.EstateMerge;
import org.liftshift.model.persistence.MigrationFileException;
import org.liftshift.model.persistence.MigrationFiles;
import org.liftshift.model.plan.MigrationPlan;

/**
 * Imports SSIS files and folders into the estate of a design in the background: reads them (a file
 * that cannot be imported is reported and the rest still imported), merges them into the design
 * (re-imported objects replace their earlier import) and saves it in one atomic write.
 */
public final class ImportEstateJob extends Job {

    /** The family of every estate import, to wait for or cancel them. */
    public static final Object FAMILY = ImportEstateJob.class;

    private final List<Path> sources;
    private final IFile design;
    private volatile String summary;

    public ImportEstateJob(List<Path> sources, IFile design) {
        super(NLS.bind("Importing the SSIS estate into {0}", design.getName())); //$NON-NLS-1$
        this.sources = List.copyOf(sources);
        this.design = design;
        setUser(true);
        setRule(design.getProject());
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    /** What the finished import holds, such as "1 instances, 3 projects, ..."; null before. */
    public String summary() {
        return summary;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, 100);
        try {
            Path file = design.getLocation().toPath();
            MigrationPlan plan = design.exists() ? MigrationFiles.load(file)
                    : MigrationFiles.newPlan(design.getFullPath().removeFileExtension().lastSegment());
            EstateImport.Result imported = EstateImport.importFiles(sources, progress.split(85));
            progress.checkCanceled();
            List<String> dropped = EstateMerge.into(plan, imported.estate());
            List<IStatus> problems = new ArrayList<>(List.of(imported.status().getChildren()));
            problems.addAll(EstateImport.linkConfigurationFiles(plan.getEstate()));
            dropped.forEach(reference -> problems.add(Status.warning(reference)));
            MigrationFiles.save(plan, file);
            design.refreshLocal(IResource.DEPTH_ZERO, progress.split(15));
            summary = EstateCounts.of(plan.getEstate());
            if (problems.isEmpty()) {
                return Status.info(NLS.bind("{0} now holds {1}.", design.getName(), summary)); //$NON-NLS-1$
            }
            MultiStatus result = new MultiStatus(ImportEstateJob.class, 0, NLS.bind(
                    "{0} now holds {1}. {2} files or references could not be imported; each says why and how to fix it.", //$NON-NLS-1$
                    new Object[] { design.getName(), summary, problems.size() }));
            problems.forEach(result::add);
            return result;
        } catch (OperationCanceledException e) {
            return Status.CANCEL_STATUS;
        } catch (MigrationFileException e) {
            return Status.error(NLS.bind("{0}: {1}", design.getFullPath(), e.getMessage()), e); //$NON-NLS-1$
        } catch (CoreException e) {
            return e.getStatus();
        }
    }
}
