package org.liftshift.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.core.runtime.SubMonitor;
import org.junit.jupiter.api.Test;

class ConsoleProgressTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void printsAtMostOncePerIntervalWithTaskPercentAndItem() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        AtomicLong now = new AtomicLong();
        ConsoleProgress progress = new ConsoleProgress(new PrintStream(err, true, StandardCharsets.UTF_8), now::get, SECOND);
        SubMonitor monitor = SubMonitor.convert(progress, "Importing 4 packages", 4);

        monitor.subTask("a.dtsx");
        monitor.worked(1);
        now.addAndGet(SECOND);
        monitor.subTask("b.dtsx");
        monitor.worked(1);
        monitor.worked(1);
        now.addAndGet(3 * SECOND);
        monitor.subTask("d.dtsx");

        assertThat(err.toString(StandardCharsets.UTF_8).split("\\R")).containsExactly(
                "Importing 4 packages: 25% after 1s (b.dtsx)", "Importing 4 packages: 75% after 4s (d.dtsx)");
    }
}
