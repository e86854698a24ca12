package org.liftshift.ui.preferences;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.preference.PreferenceManager;
import org.eclipse.jface.preference.PreferenceNode;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.liftshift.ui.Screens;
import org.liftshift.ui.Widgets;
import org.liftshift.validate.NodeSizes;

/** Window > Preferences > Liftshift: its defaults, the node sizes it offers, and a value it stores. */
class PreferencePageTest {

    @AfterEach
    void clear() throws Exception {
        InstanceScope.INSTANCE.getNode(LiftshiftPreferences.QUALIFIER).clear();
    }

    @Test
    void thePageShowsTheDefaultsOffersEveryNodeSizeAndStoresAChange() throws Exception {
        PreferenceManager manager = new PreferenceManager();
        manager.addToRoot(new PreferenceNode("liftshift", new LiftshiftPreferencePage()));
        PreferenceDialog dialog = new PreferenceDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), manager);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            List<Text> texts = all(dialog.getShell(), Text.class);
            assertThat(texts).extracting(Text::getText).contains("westeurope", "{0}-{1}-{2}", "kit");
            Combo sizes = all(dialog.getShell(), Combo.class).get(0);
            assertThat(sizes.getItems()).containsExactlyElementsOf(NodeSizes.ALL);
            assertThat(sizes.getText()).isEqualTo("Standard_D4_v3");
            Screens.save(dialog.getShell(), "preferences.png");

            texts.stream().filter(t -> t.getText().equals("westeurope")).findFirst().orElseThrow().setText("uksouth");
            Widgets.click(Widgets.button(dialog.getShell(), "Apply and Close"));

            assertThat(LiftshiftPreferences.get(LiftshiftPreferences.DEFAULT_REGION)).isEqualTo("uksouth");
        } finally {
            if (dialog.getShell() != null && !dialog.getShell().isDisposed()) {
                dialog.close();
            }
        }
    }

    private static <T extends Control> List<T> all(Composite root, Class<T> type) {
        Widgets.drain();
        List<T> found = new ArrayList<>();
        collect(root, type, found);
        return found;
    }

    private static <T extends Control> void collect(Control control, Class<T> type, List<T> found) {
        if (type.isInstance(control) && control.isVisible()) {
            found.add(type.cast(control));
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, type, found);
            }
        }
    }
}
