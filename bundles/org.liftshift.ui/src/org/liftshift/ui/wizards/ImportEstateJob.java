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
 * Imports into the estate of a design in the background, from SSIS files and folders or from a live
 * server: reads them (a file or object that cannot be imported is reported and the rest still
 * imported), merges them into the design (re-imported objects replace their earlier import) and saves
 * it in one atomic write.
 */
public final class ImportEstateJob extends Job {

    /** Where an import reads from: it builds an estate, reporting progress on the monitor. */
    @FunctionalInterface
    public interface Source {
        EstateImport.Result read(IProgressMonitor monitor);
    }

    /** The family of every estate import, to wait for or cancel them. */
    public static final Object FAMILY = ImportEstateJob.class;

    private final Source source;
    private final IFile design;
    private volatile String summary;

    public ImportEstateJob(String what, Source source, IFile design) {
        super(NLS.bind(Messages.ImportJob_name, what, design.getName()));
        this.source = source;
        this.design = design;
        setUser(true);
        setRule(design.getProject());
    }

    /** An import of SSIS files and folders. */
    public static ImportEstateJob ofFiles(List<Path> files, IFile design) {
        List<Path> copy = List.copyOf(files);
        return new ImportEstateJob(Messages.ImportJob_files, monitor -> EstateImport.importFiles(copy, monitor), design); //$NON-NLS-1$
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    private static boolean isEmpty(org.liftshift.model.estate.Estate estate) {
        return estate.getInstances().isEmpty() && estate.getFileProjects().isEmpty() && estate.getFilePackages().isEmpty()
                && estate.getConfigurationFiles().isEmpty();
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
            EstateImport.Result imported = source.read(progress.split(85));
            progress.checkCanceled();
            if (isEmpty(imported.estate()) && imported.status().getSeverity() == IStatus.ERROR) {
                // nothing could be read: the design is left as it was
                MultiStatus failed = new MultiStatus(ImportEstateJob.class, 0,
                        NLS.bind(Messages.ImportJob_nothingImported, design.getName()));
                List.of(imported.status().getChildren()).forEach(failed::add);
                return failed;
            }
            List<String> dropped = EstateMerge.into(plan, imported.estate());
            List<IStatus> problems = new ArrayList<>(List.of(imported.status().getChildren()));
            problems.addAll(EstateImport.linkConfigurationFiles(plan.getEstate()));
            dropped.forEach(reference -> problems.add(Status.warning(reference)));
            MigrationFiles.save(plan, file);
            design.refreshLocal(IResource.DEPTH_ZERO, progress.split(15));
            summary = EstateCounts.of(plan.getEstate());
            if (problems.isEmpty()) {
                return Status.info(NLS.bind(Messages.ImportJob_done, design.getName(), summary));
            }
            MultiStatus result = new MultiStatus(ImportEstateJob.class, 0, NLS.bind(
                    Messages.ImportJob_doneWithProblems,
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
