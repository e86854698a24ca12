package org.liftshift.ui.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.runtime.IStatus;
import org.junit.jupiter.api.Test;

/**
 * The start-up warm-up runs in the product's platform: the SVG rasteriser of the platform's icons is
 * there and works off the display thread, and the bundled sample loads and validates.
 */
class StartupWarmupTest {

    @Test
    void rasterisesAnIconAndValidatesTheSampleOffTheDisplayThread() throws InterruptedException {
        IStatus[] status = new IStatus[1];
        Thread thread = new Thread(() -> status[0] = StartupWarmup.warm());
        thread.start();
        thread.join(60_000);
        assertTrue(status[0] != null && status[0].isOK(), () -> String.valueOf(status[0]));
    }
}
