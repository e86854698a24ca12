import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.liftshift.generate.DeploymentKit;
import org.liftshift.generate.KitFile;
import org.liftshift.model.persistence.MigrationFiles;
import org.liftshift.model.plan.MigrationPlan;

/**
 * Deployment-kit benchmark (issue 4): the full kit of the synthetic plan of ValidationBenchmark
 * (10,000 packages, 2,000 jobs on Managed Instance Agent); prints the generation time, goal under
 * 2 s, and its ratio to saving the same model as XMI. Run with releng/benchmarks/run.sh kit.
 */
public final class KitBenchmark {

    public static void main(String[] args) throws Exception {
        MigrationPlan plan = ValidationBenchmark.synthetic();
        System.out.printf("synthetic plan: %,d objects, %,d job orchestrations%n", ValidationBenchmark.count(plan),
                plan.getOrchestrations().size());

        Path file = Files.createTempFile("liftshift-benchmark", ".liftshift");
        long[] saves = ValidationBenchmark.runs(() -> {
            try {
                MigrationFiles.save(plan, file);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
        Files.deleteIfExists(file);
        Files.deleteIfExists(Path.of(file + ".bak"));

        DeploymentKit kit = DeploymentKit.of(plan);
        long bytes = kit.files().stream().mapToLong(f -> f.content().length()).sum();
        long[] generations = ValidationBenchmark.runs(() -> DeploymentKit.of(plan));
        Path folder = Files.createTempDirectory("liftshift-kit");
        long[] writes = ValidationBenchmark.runs(() -> {
            try {
                DeploymentKit.of(plan).write(folder);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
        try (var walk = Files.walk(folder)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
        long save = Timing.median(saves);
        long generate = Timing.median(generations);
        long write = Timing.median(writes);
        List<KitFile> files = kit.files();
        System.out.printf("kit: %d files, %,d characters%n", files.size(), bytes);
        System.out.printf("generate the kit in memory: median %d ms of %d runs (goal < 2000 ms)%n", Timing.ms(generate),
                ValidationBenchmark.RUNS);
        System.out.printf("generate and write to disk:  median %d ms%n", Timing.ms(write));
        System.out.printf("save the model as XMI:       median %d ms%n", Timing.ms(save));
        System.out.printf("ratio generate / XMI save: %.2f   generate+write / XMI save: %.2f%n", (double) generate / save,
                (double) write / save);
    }
}
