package org.liftshift.ui.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.liftshift.model.persistence.AtomicFiles;
import org.liftshift.model.persistence.MigrationFileException;
import org.liftshift.model.persistence.MigrationFiles;
import org.liftshift.model.plan.MigrationPlan;
import org.liftshift.report.ReviewReport;

/**
 * Writes the review report of a saved design into the project's {@code reviews} folder, as HTML and
 * PDF. The file as reviewed is kept beside the report as the baseline: the next report lists the
 * changes since it.
 */
public final class WriteReportJob extends Job {

    /** The family of every report job, to wait for or cancel them. */
    public static final Object FAMILY = WriteReportJob.class;

    static final String FOLDER = "reviews"; //$NON-NLS-1$

    private final IFile design;
    private List<Path> written = List.of();

    public WriteReportJob(IFile design) {
        super(NLS.bind(Messages.Report_jobName, design.getName()));
        this.design = design;
        setUser(true);
        setRule(design.getProject());
    }

    /** The folder the reports of {@code design}'s project go to. */
    public static IFolder folder(IFile design) {
        return design.getProject().getFolder(FOLDER);
    }

    /** The copy of the design as last reviewed. */
    public static IFile baseline(IFile design) {
        return folder(design).getFile(ReviewReport.baseName(design.getName()) + "-baseline." + design.getFileExtension()); //$NON-NLS-1$
    }

    /** The files the last run wrote. */
    public List<Path> written() {
        return written;
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, 10);
        try {
            Path file = design.getLocation().toPath();
            MigrationPlan plan = MigrationFiles.load(file);
            Path baseline = baseline(design).getLocation().toPath();
            MigrationPlan reviewed = Files.exists(baseline) ? MigrationFiles.load(baseline) : null;
            progress.worked(1);
            ReviewReport report = ReviewReport.of(plan, design.getName(), reviewed,
                    reviewed == null ? null : NLS.bind(Messages.Report_lastReview, baseline.getFileName()), progress.split(6));
            IFolder folder = folder(design);
            written = report.write(folder.getLocation().toPath(), ReviewReport.baseName(design.getName()));
            AtomicFiles.writeDurably(baseline, Files.readAllBytes(file));
            progress.worked(2);
            folder.refreshLocal(IResource.DEPTH_INFINITE, progress.split(1));
            // reports and baselines are output: the builder does not validate the baseline as a design
            folder.setDerived(true, null);
            return new Status(IStatus.OK, WriteReportJob.class, NLS.bind(Messages.Report_written, report.title(), folder.getFullPath()));
        } catch (OperationCanceledException e) {
            return Status.CANCEL_STATUS;
        } catch (MigrationFileException e) {
            return Status.error(NLS.bind("{0}: {1}", design.getFullPath(), e.getMessage()), e); //$NON-NLS-1$
        } catch (IOException | CoreException e) {
            return Status.error(NLS.bind(Messages.Report_writeFailed, folder(design).getFullPath(), e.getMessage()), e);
        }
    }
}
