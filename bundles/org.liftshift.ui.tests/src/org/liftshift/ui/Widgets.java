package org.liftshift.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.liftshift.ui.editor.DesignEditor;

/** Finding and driving real widgets from UI tests: by test id or text, as an architect would use them. */
public final class Widgets {

    private Widgets() {
    }

    /** The widget with the test id, searched from {@code root} after pending events ran. */
    public static <T extends Control> T find(Composite root, String testId, Class<T> type) {
        drain();
        List<Control> found = new ArrayList<>();
        collect(root, c -> testId.equals(c.getData(DesignEditor.TEST_ID)), found);
        assertThat(found).as("a widget with test id %s", testId).isNotEmpty();
        return type.cast(found.get(0));
    }

    /** The push button labelled {@code text} (mnemonics ignored). */
    public static Button button(Composite root, String text) {
        drain();
        List<Control> found = new ArrayList<>();
        collect(root, c -> c instanceof Button b && b.getText().replace("&", "").equals(text), found);
        assertThat(found).as("a button labelled %s", text).isNotEmpty();
        return (Button) found.get(0);
    }

    /** Selects a button as a click would: radio siblings are cleared, then the selection event is sent. */
    public static void click(Button button) {
        if ((button.getStyle() & SWT.RADIO) != 0) {
            for (Control sibling : button.getParent().getChildren()) {
                if (sibling instanceof Button other && (other.getStyle() & SWT.RADIO) != 0) {
                    other.setSelection(false);
                }
            }
            button.setSelection(true);
        } else if ((button.getStyle() & SWT.CHECK) != 0) {
            button.setSelection(!button.getSelection());
        }
        button.notifyListeners(SWT.Selection, null);
        drain();
    }

    private static void collect(Control control, java.util.function.Predicate<Control> matches, List<Control> found) {
        if (!control.isDisposed() && matches.test(control)) {
            found.add(control);
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, matches, found);
            }
        }
    }

    /** Runs events until {@code condition} holds or {@code seconds} passed; says whether it held. */
    public static boolean waitFor(BooleanSupplier condition, int seconds) {
        long until = System.currentTimeMillis() + seconds * 1000L;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > until) {
                return false;
            }
            Screens.drain(Display.getCurrent(), 50);
        }
        return true;
    }

    public static void drain() {
        Screens.drain(Display.getCurrent(), 200);
    }
}
