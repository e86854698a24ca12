import java.util.Arrays;
import java.util.function.Supplier;

/** Timing helpers shared by the benchmarks: warm-up runs, then the median of timed runs. */
final class Timing {

    private Timing() {
    }

    /** Runs {@code work} {@code warmUps} times untimed, then {@code runs} times timed; returns the times in nanoseconds. */
    static long[] runs(int warmUps, int runs, Supplier<?> work) {
        for (int i = 0; i < warmUps; i++) {
            work.get();
        }
        long[] times = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.get();
            times[i] = System.nanoTime() - start;
        }
        return times;
    }

    static long median(long[] times) {
        long[] sorted = times.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    static long ms(long nanos) {
        return nanos / 1_000_000;
    }
}
