package org.liftshift.ui;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/** What UI tests share: running pending events, and screenshots under target/screenshots/. */
public final class Screens {

    private Screens() {
    }

    /** Runs the display's events for {@code millis} milliseconds, so layouts, repaints and async runnables happen. */
    public static void drain(Display display, long millis) {
        long until = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < until) {
            if (!display.readAndDispatch()) {
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Saves what the shell shows as {@code target/screenshots/<name>} and returns the pixels. */
    public static ImageData save(Shell shell, String name) throws Exception {
        Display display = shell.getDisplay();
        // what changed since the last paint is painted first, so the picture shows the current state
        drain(display, 300);
        shell.update();
        Rectangle bounds = shell.getBounds();
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, bounds.x, bounds.y);
        } finally {
            gc.dispose();
        }
        ImageData data = image.getImageData();
        image.dispose();
        Path file = Path.of(System.getProperty("liftshift.build.dir", "target"), "screenshots", name);
        Files.createDirectories(file.getParent());
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] { data };
        loader.save(file.toString(), SWT.IMAGE_PNG);
        return data;
    }
}
