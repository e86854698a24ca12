package org.liftshift.cli.internal;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * A progress monitor for long command-line runs: prints the task, its percentage and the current
 * item to standard error, at most once per interval, so short runs print nothing and pipes of
 * standard output stay clean.
 */
final class ConsoleProgress extends NullProgressMonitor {

    private final PrintStream err;
    private final LongSupplier clock;
    private final long intervalNanos;
    private final long started;
    private long lastPrinted;
    private String task = "";
    private String item = "";
    private double total;
    private double done;

    ConsoleProgress(PrintStream err) {
        this(err, System::nanoTime, 1_000_000_000L);
    }

    ConsoleProgress(PrintStream err, LongSupplier clock, long intervalNanos) {
        this.err = err;
        this.clock = clock;
        this.intervalNanos = intervalNanos;
        this.started = clock.getAsLong();
        this.lastPrinted = started;
    }

    @Override
    public void beginTask(String name, int totalWork) {
        task = name == null ? "" : name;
        total = totalWork;
        done = 0;
    }

    @Override
    public void setTaskName(String name) {
        task = name == null ? "" : name;
    }

    @Override
    public void subTask(String name) {
        item = name == null ? "" : name;
        maybePrint();
    }

    @Override
    public void worked(int work) {
        internalWorked(work);
    }

    @Override
    public void internalWorked(double work) {
        done += work;
        maybePrint();
    }

    private void maybePrint() {
        long now = clock.getAsLong();
        if (now - lastPrinted < intervalNanos) {
            return;
        }
        lastPrinted = now;
        int percent = total > 0 ? (int) Math.min(100, Math.floor(done * 100 / total)) : 0;
        err.println(String.format(Locale.ROOT, "%s: %d%% after %ds%s", task.isEmpty() ? "Working" : task, percent,
                (now - started) / 1_000_000_000L, item.isEmpty() ? "" : " (" + item + ")"));
    }
}
