package org.liftshift.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.liftshift.importer.internal.dtsx.PackageReader;
import org.liftshift.importer.internal.project.FolderProject;
import org.liftshift.importer.internal.project.IspacProject;
import org.liftshift.importer.internal.project.ProjectAssembler;
import org.liftshift.model.estate.Estate;
import org.liftshift.model.estate.EstateFactory;
import org.liftshift.model.estate.Project;

/**
 * Imports SSIS files into an estate: {@code .dtsx} packages, {@code .ispac} deployment files and
 * project folders ({@code .dtproj} with its packages, parameters and connection managers), given
 * as files or folders to search. A file that cannot be imported is reported with its place and the
 * fix, and the rest of the batch is still imported. Source files are only read.
 */
public final class EstateImport {

    public static final String PLUGIN_ID = "org.liftshift.importer";

    /** The estate built from the files, and what could not be imported. */
    public record Result(Estate estate, IStatus status) {
    }

    private final IspacProject.Limits limits;
    private final List<IStatus> problems = new ArrayList<>();

    private EstateImport(IspacProject.Limits limits) {
        this.limits = limits;
    }

    public static Result importFiles(List<Path> inputs, IProgressMonitor monitor) {
        return importFiles(inputs, IspacProject.Limits.DEFAULT, monitor);
    }

    /** @throws OperationCanceledException when the monitor is cancelled */
    public static Result importFiles(List<Path> inputs, IspacProject.Limits limits, IProgressMonitor monitor) {
        return new EstateImport(limits).run(inputs, monitor);
    }

    private Result run(List<Path> inputs, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, "Importing SSIS files", 100);
        Estate estate = EstateFactory.eINSTANCE.createEstate();
        estate.setName("Imported SSIS estate");
        List<Path> files = collect(inputs, progress.split(5));

        List<Path> projects = files.stream().filter(f -> extension(f).equals("dtproj") || extension(f).equals("ispac")).toList();
        Set<Path> claimed = new LinkedHashSet<>();
        SubMonitor work = progress.split(95).setWorkRemaining(files.size());
        for (Path file : projects) {
            work.subTask(file.getFileName().toString());
            Project project = project(file, claimed);
            if (project != null) {
                estate.getFileProjects().add(project);
            }
            work.worked(1);
            checkCanceled(work);
        }
        for (Path file : files) {
            if (extension(file).equals("dtsx") && !claimed.contains(file.toAbsolutePath().normalize())) {
                work.subTask(file.getFileName().toString());
                try (InputStream in = Files.newInputStream(file)) {
                    estate.getFilePackages().add(PackageReader.read(in, file.toString()));
                } catch (ImportException e) {
                    report(e);
                } catch (IOException e) {
                    report(ImportException.unreadable(file.toString(), e));
                }
                work.worked(1);
                checkCanceled(work);
            }
        }
        long failed = problems.stream().filter(p -> p.getSeverity() == IStatus.ERROR).count();
        int imported = estate.getFilePackages().size()
                + estate.getFileProjects().stream().mapToInt(p -> p.getPackages().size()).sum();
        MultiStatus status = new MultiStatus(PLUGIN_ID, 0, problems.toArray(IStatus[]::new), "Imported " + imported
                + " packages in " + estate.getFileProjects().size() + " projects; " + failed
                + (failed == 1 ? " file was" : " files were") + " not imported", null);
        return new Result(estate, status);
    }

    /** @param claimed receives the packages a project folder reads, which are then not imported again as loose packages */
    private Project project(Path file, Set<Path> claimed) {
        try {
            if (extension(file).equals("ispac")) {
                try (IspacProject ispac = new IspacProject(file, limits)) {
                    ispac.refused().forEach(this::report);
                    return ProjectAssembler.assemble(ispac, this::report);
                }
            }
            FolderProject folder = new FolderProject(file);
            try {
                return ProjectAssembler.assemble(folder, this::report);
            } finally {
                claimed.addAll(folder.packages());
            }
        } catch (ImportException e) {
            report(e);
        } catch (IOException e) {
            report(ImportException.unreadable(file.toString(), e));
        }
        return null;
    }

    private List<Path> collect(List<Path> inputs, SubMonitor monitor) {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(Files::isRegularFile).filter(f -> Set.of("dtsx", "dtproj", "ispac").contains(extension(f)))
                            .sorted().forEach(files::add);
                } catch (IOException e) {
                    report(new ImportException(input.toString(), 0, 0, "the folder cannot be searched (" + e.getMessage() + ")",
                            "check that Liftshift may read it"));
                }
            } else if (Files.isRegularFile(input)) {
                files.add(input);
            } else {
                report(new ImportException(input.toString(), 0, 0, "there is no such file or folder",
                        "check the path; the other inputs were imported"));
            }
        }
        monitor.done();
        return files;
    }

    private void report(ImportException problem) {
        problems.add(problem.isWarning() ? Status.warning(problem.getMessage()) : Status.error(problem.getMessage()));
    }

    private static void checkCanceled(IProgressMonitor monitor) {
        if (monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
    }

    static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
