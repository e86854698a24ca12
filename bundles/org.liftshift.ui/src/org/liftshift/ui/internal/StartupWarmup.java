package org.liftshift.ui.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.liftshift.model.persistence.MigrationFileException;
import org.liftshift.samples.Samples;
import org.liftshift.validate.IncrementalValidation;

/**
 * Does, on a second thread while the display thread builds the workbench, the class loading that
 * the first paint and the first design would otherwise do on the display thread, where it adds to
 * the cold start the architect waits through: the SVG rasteriser behind the platform's icons (JSVG
 * and Java 2D, some 700 classes) and the migration model, its XMI loading and the design rules.
 * <p>
 * Only class loading and static initialisation with throwaway data: nothing here touches a widget,
 * the workspace or the user's files, so a failure changes nothing but the start time and is only
 * logged.
 */
final class StartupWarmup {

    /**
     * A 16 px icon with what the platform's SVG icons use: a gradient, a path and a blur filter, so
     * that the rasteriser's parser, paint and filter classes are all loaded.
     */
    private static final String ICON = """
            <svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 16 16">
              <defs>
                <linearGradient id="g" x1="0" y1="0" x2="0" y2="1">
                  <stop offset="0" stop-color="#4a90d9"/><stop offset="1" stop-color="#1c5a9e"/>
                </linearGradient>
                <filter id="f"><feGaussianBlur stdDeviation="0.5"/></filter>
              </defs>
              <rect x="1" y="1" width="14" height="14" rx="2" fill="url(#g)" filter="url(#f)"/>
              <path d="M4 8 L7 11 L12 5" stroke="#ffffff" stroke-width="1.5" fill="none"/>
            </svg>
            """; //$NON-NLS-1$

    private StartupWarmup() {
    }

    /** {@code -Dliftshift.startup.warmup=false} turns the warm-up off, for the start-up benchmark's comparison. */
    static final String PROPERTY = "liftshift.startup.warmup"; //$NON-NLS-1$

    static void start() {
        if (!Boolean.parseBoolean(System.getProperty(PROPERTY, "true"))) { //$NON-NLS-1$
            return;
        }
        Thread thread = new Thread(StartupWarmup::run, "Liftshift start-up warm-up"); //$NON-NLS-1$
        thread.setDaemon(true);
        thread.start();
    }

    private static void run() {
        IStatus status = warm();
        if (!status.isOK()) {
            ILog.of(StartupWarmup.class).log(status);
        }
    }

    /** Rasterises the icon and validates the bundled sample; not OK when either could not be done. */
    static IStatus warm() {
        try {
            ImageData[] icon = new ImageLoader().load(new ByteArrayInputStream(ICON.getBytes(StandardCharsets.UTF_8)));
            if (icon.length != 1 || icon[0].width <= 0) {
                return Status.warning("The start-up warm-up rasterised no icon"); //$NON-NLS-1$
            }
            new IncrementalValidation(Samples.CONTOSO.loadBundled()).dispose();
            return Status.OK_STATUS;
        } catch (MigrationFileException | RuntimeException | LinkageError e) {
            return Status.warning("The start-up warm-up failed; the workbench starts without it", e); //$NON-NLS-1$
        }
    }
}
