package org.liftshift.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.liftshift.importer.internal.dtsx.ConfigurationFileReader;
import org.liftshift.importer.internal.dtsx.ConfigurationLinks;
import org.liftshift.importer.internal.dtsx.PackageReader;
import org.liftshift.importer.internal.project.FolderProject;
import org.liftshift.importer.internal.project.IspacProject;
import org.liftshift.importer.internal.project.ProjectAssembler;
import org.liftshift.model.estate.Estate;
import org.liftshift.model.estate.EstateFactory;
import org.liftshift.model.estate.Project;

/**
 * Imports SSIS files into an estate: {@code .dtsx} packages, {@code .ispac} deployment files,
 * project folders ({@code .dtproj} with its packages, parameters and connection managers) and
 * legacy {@code .dtsConfig} configuration files, which are linked to the packages that read them,
 * given as files or folders to search. A file that cannot be imported is reported with its place and the
 * fix, and the rest of the batch is still imported. Source files are only read. Files are read on
 * several threads; the estate is built in the order of the files whatever the thread count.
 */
public final class EstateImport {

    public static final String PLUGIN_ID = "org.liftshift.importer";

    /** The estate built from the files, and what could not be imported. */
    public record Result(Estate estate, IStatus status) {
    }

    /**
     * @param limits what an {@code .ispac} may unpack to
     * @param threads how many files are read at once; the estate is the same for any number
     */
    public record Options(IspacProject.Limits limits, int threads) {

        public Options {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1, not " + threads);
            }
        }

        /** The default limits and one thread per processor. */
        public static Options defaults() {
            return new Options(IspacProject.Limits.DEFAULT, Runtime.getRuntime().availableProcessors());
        }

        public Options withLimits(IspacProject.Limits newLimits) {
            return new Options(newLimits, threads);
        }

        public Options withThreads(int count) {
            return new Options(limits, count);
        }
    }

    /** What reading one file gave: the object, or null, and the problems found. */
    private record Outcome<T>(T value, List<ImportException> problems, List<Path> claimed) {
    }

    private final Options options;
    private final List<IStatus> problems = new ArrayList<>();

    private EstateImport(Options options) {
        this.options = options;
    }

    public static Result importFiles(List<Path> inputs, IProgressMonitor monitor) {
        return importFiles(inputs, Options.defaults(), monitor);
    }

    /** @throws OperationCanceledException when the monitor is cancelled */
    public static Result importFiles(List<Path> inputs, Options options, IProgressMonitor monitor) {
        return new EstateImport(options).run(inputs, monitor);
    }

    /**
     * Links the XML configurations of every package in {@code estate} that are not linked yet to its
     * imported {@code .dtsConfig} files, for an estate that grew by several imports.
     *
     * @return warnings for configurations that match several files
     */
    public static List<IStatus> linkConfigurationFiles(Estate estate) {
        List<IStatus> warnings = new ArrayList<>();
        ConfigurationLinks.link(estate, problem -> warnings.add(status(problem)));
        return warnings;
    }

    private Result run(List<Path> inputs, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, "Importing SSIS files", 100);
        Estate estate = EstateFactory.eINSTANCE.createEstate();
        estate.setName("Imported SSIS estate");
        List<Path> files = collect(inputs, progress.split(5));

        List<Path> projects = files.stream().filter(f -> extension(f).equals("dtproj") || extension(f).equals("ispac")).toList();
        SubMonitor work = progress.split(95).setWorkRemaining(files.size());
        ExecutorService pool = Executors.newFixedThreadPool(options.threads(), EstateImport::thread);
        try {
            Set<Path> claimed = new HashSet<>();
            readAll(pool, projects, this::project, work).forEach(outcome -> {
                claimed.addAll(outcome.claimed());
                if (outcome.value() != null) {
                    estate.getFileProjects().add(outcome.value());
                }
            });
            List<Path> packages = files.stream()
                    .filter(f -> extension(f).equals("dtsx") && !claimed.contains(f.toAbsolutePath().normalize())).toList();
            readEach(pool, packages, (in, file) -> PackageReader.read(in, file.toString()), work, estate.getFilePackages());
            List<Path> configurations = files.stream().filter(f -> extension(f).equals("dtsconfig")).toList();
            readEach(pool, configurations, (in, file) -> ConfigurationFileReader.read(in, file.getFileName().toString(), file.toString()),
                    work, estate.getConfigurationFiles());
            ConfigurationLinks.link(estate, this::report);
        } finally {
            pool.shutdownNow();
        }
        long failed = problems.stream().filter(p -> p.getSeverity() == IStatus.ERROR).count();
        int imported = estate.getFilePackages().size()
                + estate.getFileProjects().stream().mapToInt(p -> p.getPackages().size()).sum();
        MultiStatus status = new MultiStatus(PLUGIN_ID, 0, problems.toArray(IStatus[]::new), "Imported " + imported
                + " packages in " + estate.getFileProjects().size() + " projects; " + failed
                + (failed == 1 ? " file was" : " files were") + " not imported", null);
        return new Result(estate, status);
    }

    /**
     * Reads the files on the pool and returns what they gave in the order of the files, so the
     * estate does not depend on which thread finished first. Progress and cancellation are handled
     * here, on the caller's thread, because a monitor need not be thread-safe.
     */
    private <T> List<Outcome<T>> readAll(ExecutorService pool, List<Path> files, Function<Path, Outcome<T>> read,
            SubMonitor work) {
        List<Future<Outcome<T>>> futures = new ArrayList<>(files.size());
        for (Path file : files) {
            futures.add(pool.submit(() -> readSafely(read, file)));
        }
        List<Outcome<T>> outcomes = new ArrayList<>(files.size());
        for (int i = 0; i < futures.size(); i++) {
            work.subTask(files.get(i).getFileName().toString());
            Outcome<T> outcome = await(futures.get(i), work, futures);
            outcome.problems().forEach(this::report);
            outcomes.add(outcome);
            work.worked(1);
        }
        return outcomes;
    }

    /** A file that trips a bug in a reader is reported like a broken file, so the rest of the batch is still imported. */
    private static <T> Outcome<T> readSafely(Function<Path, Outcome<T>> read, Path file) {
        try {
            return read.apply(file);
        } catch (RuntimeException | StackOverflowError e) {
            return new Outcome<>(null, List.of(new ImportException(file.toString(), 0, 0, "Liftshift failed on this file ("
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")",
                    "report it to the Liftshift team with the file if you may share it; the rest of the batch was imported")),
                    List.of());
        }
    }

    private static <T> T await(Future<T> future, IProgressMonitor monitor, List<? extends Future<?>> all) {
        while (true) {
            if (monitor.isCanceled()) {
                all.forEach(f -> f.cancel(true));
                throw new OperationCanceledException();
            }
            try {
                return future.get(100, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                // look at the monitor again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                all.forEach(f -> f.cancel(true));
                throw new OperationCanceledException();
            } catch (ExecutionException e) {
                // readSafely turns every exception into an outcome: only an error such as OutOfMemoryError gets here
                throw new IllegalStateException(e.getCause());
            }
        }
    }

    private static Thread thread(Runnable task) {
        Thread thread = new Thread(task, "Liftshift file import");
        thread.setDaemon(true);
        return thread;
    }

    /** Reads one file that makes one model object. */
    @FunctionalInterface
    private interface FileReader<T> {
        T read(InputStream in, Path file) throws ImportException;
    }

    /** Reads each file on the pool into {@code into}, in the order of the files; files that fail are reported. */
    private <T> void readEach(ExecutorService pool, List<Path> files, FileReader<T> reader, SubMonitor work, List<? super T> into) {
        readAll(pool, files, eachFile(reader), work).stream().map(Outcome::value).filter(Objects::nonNull).forEach(into::add);
    }

    private static <T> Function<Path, Outcome<T>> eachFile(FileReader<T> reader) {
        return file -> {
            try (InputStream in = Files.newInputStream(file)) {
                return new Outcome<>(reader.read(in, file), List.of(), List.of());
            } catch (ImportException e) {
                return new Outcome<>(null, List.of(e), List.of());
            } catch (IOException e) {
                return new Outcome<>(null, List.of(ImportException.unreadable(file.toString(), e)), List.of());
            }
        };
    }

    /** A project, and the packages a project folder read, which are then not imported again as loose packages. */
    private Outcome<Project> project(Path file) {
        List<ImportException> found = new ArrayList<>();
        List<Path> claimed = new ArrayList<>();
        Project project = null;
        try {
            if (extension(file).equals("ispac")) {
                try (IspacProject ispac = new IspacProject(file, options.limits())) {
                    found.addAll(ispac.refused());
                    project = ProjectAssembler.assemble(ispac, found::add);
                }
            } else {
                FolderProject folder = new FolderProject(file);
                try {
                    project = ProjectAssembler.assemble(folder, found::add);
                } finally {
                    claimed.addAll(folder.packages());
                }
            }
        } catch (ImportException e) {
            found.add(e);
        } catch (IOException e) {
            found.add(ImportException.unreadable(file.toString(), e));
        }
        return new Outcome<>(project, found, claimed);
    }

    private List<Path> collect(List<Path> inputs, SubMonitor monitor) {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(Files::isRegularFile).filter(f -> Set.of("dtsx", "dtproj", "ispac", "dtsconfig").contains(extension(f)))
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
        problems.add(status(problem));
    }

    private static IStatus status(ImportException problem) {
        return problem.isWarning() ? Status.warning(problem.getMessage()) : Status.error(problem.getMessage());
    }

    static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
