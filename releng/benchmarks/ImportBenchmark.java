import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.stream.XMLStreamReader;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.liftshift.importer.EstateImport;
import org.liftshift.importer.internal.dtsx.SecureXml;

/**
 * File import benchmark (issue 5): 10,000 packages made by copying the corpus packages with
 * renamed DTSIDs; prints the import throughput as a ratio to a bare StAX pass over the same files
 * with the same parser settings (goal at least 0.6), how busy the cores were, the peak heap
 * (goal at most 1 GB; run.sh gives the JVM -Xmx1g) and packages per second.
 * Run with releng/benchmarks/run.sh import [corpus folder, default ../shared/corpus].
 */
public final class ImportBenchmark {

    static final int PACKAGES = 10_000;
    static final int RUNS = 3;
    private static final Pattern GUID = Pattern
            .compile("\\{[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}\\}");

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpus");
        if (!Files.isDirectory(corpus)) {
            System.err.println("no corpus at " + corpus.toAbsolutePath() + "; give the folder of .dtsx files as the argument");
            System.exit(2);
        }
        Path folder = Files.createTempDirectory("liftshift-import-benchmark");
        try {
            long bytes = synthesize(corpus, folder);
            List<Path> files = list(folder);
            System.out.printf("synthetic corpus: %,d packages, %,d MB, from the .dtsx files of %s%n", files.size(), bytes >> 20, corpus);
            int cores = Runtime.getRuntime().availableProcessors();

            EstateImport.Result result = importAll(folder, cores);
            if (result.status().getSeverity() == IStatus.ERROR) {
                throw new IllegalStateException(result.status().getChildren()[0].getMessage());
            }
            int imported = result.estate().getFilePackages().size();
            result = null;
            long peak = peakHeapOfOneImport(folder, cores);

            long stax1 = Timing.median(Timing.runs(1, RUNS, () -> staxPass(files, 1)));
            long import1 = Timing.median(Timing.runs(1, RUNS, () -> importAll(folder, 1)));
            long staxN = Timing.median(Timing.runs(1, RUNS, () -> staxPass(files, cores)));
            long cpuBefore = processCpuNanos();
            long[] importRuns = Timing.runs(0, RUNS, () -> importAll(folder, cores));
            double busy = (double) (processCpuNanos() - cpuBefore) / java.util.Arrays.stream(importRuns).sum();
            long importN = Timing.median(importRuns);

            System.out.printf("imported %,d packages, no errors%n", imported);
            System.out.printf("bare StAX pass, 1 thread:  median %,d ms   %s%n", Timing.ms(stax1), rate(files.size(), bytes, stax1));
            System.out.printf("import, 1 thread:          median %,d ms   %s%n", Timing.ms(import1), rate(imported, bytes, import1));
            System.out.printf("bare StAX pass, %d threads: median %,d ms   %s%n", cores, Timing.ms(staxN), rate(files.size(), bytes, staxN));
            System.out.printf("import, %d threads:         median %,d ms   %s%n", cores, Timing.ms(importN), rate(imported, bytes, importN));
            System.out.printf("throughput ratio import / bare StAX: %.2f on %d threads, %.2f on 1 thread (goal >= 0.6)%n",
                    (double) staxN / importN, cores, (double) stax1 / import1);
            System.out.printf("cores busy during the import: %.2f of %d; speed-up over 1 thread: %.2f%n", busy, cores,
                    (double) import1 / importN);
            System.out.printf("peak heap during an import: %,d MB of %,d MB allowed (goal <= 1024 MB)%n", peak >> 20,
                    Runtime.getRuntime().maxMemory() >> 20);
            System.out.printf("packages per second: %,.0f%n", imported / (importN / 1e9));
        } finally {
            try (Stream<Path> walk = Files.walk(folder)) {
                for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    /**
     * Copies the corpus packages round-robin until there are {@link #PACKAGES}; each copy gets new
     * GUIDs, the same new GUID for every place an old one appears, so references still resolve.
     */
    static long synthesize(Path corpus, Path folder) throws IOException {
        List<Path> sources = list(corpus);
        long bytes = 0;
        for (int i = 0; i < PACKAGES; i++) {
            Path source = sources.get(i % sources.size());
            byte[] raw = Files.readAllBytes(source);
            Charset charset = raw.length > 1 && (raw[0] == (byte) 0xFF || raw[0] == (byte) 0xFE) ? StandardCharsets.UTF_16
                    : StandardCharsets.UTF_8;
            String copy = renameIds(new String(raw, charset), i);
            byte[] out = copy.getBytes(charset);
            Files.write(folder.resolve(String.format("%05d-%s", i, source.getFileName())), out);
            bytes += out.length;
        }
        return bytes;
    }

    private static String renameIds(String xml, int copy) {
        Matcher guid = GUID.matcher(xml);
        StringBuilder out = new StringBuilder(xml.length());
        while (guid.find()) {
            UUID renamed = UUID.nameUUIDFromBytes((copy + guid.group().toUpperCase()).getBytes(StandardCharsets.UTF_8));
            guid.appendReplacement(out, "{" + renamed.toString().toUpperCase() + "}");
        }
        return guid.appendTail(out).toString();
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(f -> f.toString().endsWith(".dtsx")).sorted().toList();
        }
    }

    private static EstateImport.Result importAll(Path folder, int threads) {
        return EstateImport.importFiles(List.of(folder), EstateImport.Options.defaults().withThreads(threads),
                new NullProgressMonitor());
    }

    /** Reads every event of every file with the importer's parser settings and does nothing with them. */
    private static Long staxPass(List<Path> files, int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Long>> events = new ArrayList<>();
            for (Path file : files) {
                events.add(pool.submit(() -> {
                    long count = 0;
                    try (InputStream in = Files.newInputStream(file)) {
                        XMLStreamReader reader = SecureXml.reader(in);
                        while (reader.hasNext()) {
                            reader.next();
                            count++;
                        }
                        reader.close();
                    }
                    return count;
                }));
            }
            long total = 0;
            for (Future<Long> count : events) {
                total += count.get();
            }
            return total;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdown();
        }
    }

    /**
     * The most heap one import needed, from a collected heap: the sum of each heap pool's peak, an
     * upper bound because the pools need not peak at the same moment.
     */
    private static long peakHeapOfOneImport(Path folder, int threads) {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        importAll(folder, threads);
        return heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static String rate(int packages, long bytes, long nanos) {
        double seconds = nanos / 1e9;
        return String.format("%,8.0f packages/s  %,6.1f MB/s", packages / seconds, (bytes >> 20) / seconds);
    }
}
