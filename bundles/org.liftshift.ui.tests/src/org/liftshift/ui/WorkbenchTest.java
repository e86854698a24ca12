package org.liftshift.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IProduct;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Starts the Liftshift workbench application and checks what an architect sees first. */
class WorkbenchTest {

    private IWorkbenchWindow window;

    @BeforeEach
    void waitForWorkbench() {
        window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        assertThat(window).as("an open workbench window").isNotNull();
        drainEvents(window.getShell().getDisplay());
    }

    @Test
    void opensTheMigrationPerspectiveWithItsViews() {
        IWorkbenchPage page = window.getActivePage();

        assertThat(page.getPerspective().getId()).isEqualTo(MigrationPerspective.ID);
        assertThat(page.getPerspective().getLabel()).isEqualTo("Migration");
        Set<String> open = new HashSet<>();
        for (IViewReference view : page.getViewReferences()) {
            open.add(view.getId());
        }
        assertThat(open).containsAll(Arrays.asList(MigrationPerspective.VIEW_IDS));
        assertThat(page.findView(MigrationExplorer.ID)).as("Migration Explorer is created and visible")
                .isInstanceOf(MigrationExplorer.class);
    }

    @Test
    void windowAndProductCarryTheLiftshiftBranding() {
        Shell shell = window.getShell();
        assertThat(shell.getText()).startsWith("Liftshift");
        assertThat(shell.getImages()).as("window icons from the product's windowImages").hasSizeGreaterThan(1);

        IProduct product = Platform.getProduct();
        assertThat(product.getId()).isEqualTo("org.liftshift.ui.product");
        assertThat(product.getName()).isEqualTo("Liftshift");
        assertThat(product.getApplication()).isEqualTo("org.liftshift.ui.application");
        assertThat(product.getProperty("aboutText")).contains("Azure-SSIS integration runtime");
    }

    @Test
    void savesAScreenshotOfTheWorkbench() throws Exception {
        Shell shell = window.getShell();
        Display display = shell.getDisplay();
        shell.forceActive();
        drainEvents(display);

        ImageData data = Screens.save(shell, "workbench.png");
        Path file = Path.of(System.getProperty("liftshift.build.dir", "target"), "screenshots", "workbench.png");

        assertThat(file).exists();
        assertThat(distinctColours(data)).as("a rendered window, not a blank capture").isGreaterThan(20);
    }

    @Test
    void startsWithoutErrorsInThePlatformLog() throws Exception {
        Path log = Path.of(Platform.getLogFileLocation().toOSString());
        if (!Files.exists(log)) {
            return; // nothing was logged at all
        }
        List<String> errors = new ArrayList<>();
        List<String> lines = Files.readAllLines(log);
        for (int i = 0; i < lines.size(); i++) {
            // "!ENTRY <bundle> <severity> ..." where severity 4 is IStatus.ERROR
            String[] entry = lines.get(i).split(" ");
            if (entry.length > 2 && "!ENTRY".equals(entry[0]) && "4".equals(entry[2])) {
                String message = i + 1 < lines.size() ? lines.get(i + 1) : "";
                String cause = i + 3 < lines.size() ? lines.get(i + 3) : "";
                errors.add(entry[1] + ": " + message + " / " + cause);
            }
        }
        assertThat(errors).as("errors in %s", log).isEmpty();
    }

    private static int distinctColours(ImageData data) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < data.height; y += 4) {
            for (int x = 0; x < data.width; x += 4) {
                colours.add(data.getPixel(x, y));
            }
        }
        return colours.size();
    }

    private static void drainEvents(Display display) {
        Screens.drain(display, 500);
    }
}
