package org.liftshift.ui.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ICoreRunnable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.liftshift.ui.DesignJob;
import org.liftshift.azure.deploy.AzureConnection;
import org.liftshift.azure.deploy.DesignDeployment;
import org.liftshift.azure.deploy.RuntimeDrift.Drift;
import org.liftshift.model.persistence.AtomicFiles;
import org.liftshift.model.persistence.MigrationFileException;
import org.liftshift.model.persistence.MigrationFiles;
import org.liftshift.model.plan.MigrationPlan;
import org.liftshift.model.target.Subscription;
import org.liftshift.report.ReviewReport;
import org.liftshift.ui.azure.DeploymentDialogs;
import org.liftshift.ui.azure.DesignSubscriptions;
import org.liftshift.ui.editor.DesignEditor;

import com.azure.core.exception.AzureException;

/**
 * Writes the review report of a saved design into the project's {@code reviews} folder, as HTML and
 * PDF. The file as reviewed is kept beside the report as the baseline: the next report lists the
 * changes since it.
 */
public final class WriteReportJob extends DesignJob {

    /** The family of every report job, to wait for or cancel them. */
    public static final Object FAMILY = WriteReportJob.class;

    static final String FOLDER = "reviews"; //$NON-NLS-1$

    /** Where the drift of the deployed design comes from: a sign-in, the subscriptions made known, the reads. */
    public record AzureDrift(DesignEditor editor, Function<Subscription, AzureConnection> connector, DeploymentDialogs dialogs) {
    }

    private final IFile design;
    private final AzureDrift azure;
    private List<Path> written = List.of();

    public WriteReportJob(IFile design) {
        this(design, null);
    }

    /** @param azure where to read the drift from, or null for a report without drift */
    public WriteReportJob(IFile design, AzureDrift azure) {
        super(NLS.bind(Messages.Report_jobName, design.getName()), FAMILY);
        this.design = design;
        this.azure = azure;
        if (azure == null) {
            setRule(design.getProject());
        }
        // else the job holds no rule while it signs in and reads Azure, which may save the design through its editor
        // on the display thread; only the writing below takes the project
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

    private void write(ReviewReport report, IFolder folder, Path file, Path baseline, IProgressMonitor monitor) throws CoreException {
        SubMonitor progress = SubMonitor.convert(monitor, 3);
        try {
            written = report.write(folder.getLocation().toPath(), ReviewReport.baseName(design.getName()));
            AtomicFiles.writeDurably(baseline, Files.readAllBytes(file));
        } catch (IOException e) {
            throw new CoreException(Status.error(NLS.bind(Messages.Report_writeFailed, folder.getFullPath(), e.getMessage()), e));
        }
        progress.worked(2);
        folder.refreshLocal(IResource.DEPTH_INFINITE, progress.split(1));
        // reports and baselines are output: the builder does not validate the baseline as a design
        folder.setDerived(true, null);
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
            List<Drift> drift = null;
            if (azure != null) {
                progress.subTask(Messages.Report_readingAzure);
                DesignSubscriptions.makeKnown(plan, design, azure.editor(), azure.connector(), azure.dialogs());
                drift = new DesignDeployment(azure.connector()).drift(plan);
            }
            ReviewReport report = ReviewReport.of(plan, design.getName(), reviewed,
                    reviewed == null ? null : NLS.bind(Messages.Report_lastReview, baseline.getFileName()), progress.split(6));
            if (drift != null) {
                report = report.withDrift(drift);
            }
            IFolder folder = folder(design);
            ReviewReport toWrite = report;
            ICoreRunnable write = writing -> write(toWrite, folder, file, baseline, writing);
            if (getRule() == null) {
                ResourcesPlugin.getWorkspace().run(write, design.getProject(), IWorkspace.AVOID_UPDATE, progress.split(3));
            } else {
                write.run(progress.split(3));
            }
            return new Status(IStatus.OK, WriteReportJob.class, NLS.bind(Messages.Report_written, report.title(), folder.getFullPath()));
        } catch (OperationCanceledException e) {
            return Status.CANCEL_STATUS;
        } catch (MigrationFileException e) {
            return Status.error(NLS.bind("{0}: {1}", design.getFullPath(), e.getMessage()), e); //$NON-NLS-1$
        } catch (IOException e) {
            return Status.error(NLS.bind(Messages.Report_writeFailed, folder(design).getFullPath(), e.getMessage()), e);
        } catch (CoreException e) {
            return e.getStatus();
        } catch (AzureException | IllegalStateException e) {
            return Status.error(NLS.bind(Messages.Report_azureFailed, design.getName(), e.getMessage()), e);
        }
    }
}
