package org.liftshift.cli.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/**
 * Dependencies point one way: model, then core services, then the command line and the workbench.
 * Checked on the resolved OSGi wiring of every Liftshift bundle in this runtime (the CLI requires
 * all non-UI bundles, so every one of them is here), not on source text.
 */
class LayeringTest {

    /** Higher layers may use lower ones, never the reverse. Core services share one layer. */
    private static final Map<String, Integer> LAYERS = Map.of("org.liftshift.model", 0, //
            "org.liftshift.cli", 2, "org.liftshift.ui", 2);
    private static final int CORE_SERVICES = 1;

    private static final List<String> UI_TOOLKITS = List.of("org.eclipse.swt", "org.eclipse.jface", "org.eclipse.ui");

    @Test
    void liftshiftBundlesDependOnlyOnLowerLayers() {
        List<String> violations = new ArrayList<>();
        for (Bundle bundle : liftshiftBundles()) {
            for (String provider : wiredProviders(bundle)) {
                if (provider.startsWith("org.liftshift.") && !provider.equals(bundle.getSymbolicName())
                        && layer(provider) >= layer(bundle.getSymbolicName())
                        && !(layer(provider) == CORE_SERVICES && layer(bundle.getSymbolicName()) == CORE_SERVICES)) {
                    violations.add(bundle.getSymbolicName() + " -> " + provider);
                }
            }
        }
        assertThat(liftshiftBundles()).extracting(Bundle::getSymbolicName)
                .contains("org.liftshift.model", "org.liftshift.azure", "org.liftshift.report", "org.liftshift.cli");
        assertThat(violations).as("dependencies that point up the layers").isEmpty();
    }

    @Test
    void nothingBelowTheWorkbenchUsesSwtOrJface() {
        List<String> violations = new ArrayList<>();
        for (Bundle bundle : liftshiftBundles()) {
            if (bundle.getSymbolicName().equals("org.liftshift.ui")) {
                continue;
            }
            for (String provider : wiredProviders(bundle)) {
                if (UI_TOOLKITS.stream().anyMatch(toolkit -> provider.equals(toolkit) || provider.startsWith(toolkit + "."))) {
                    violations.add(bundle.getSymbolicName() + " -> " + provider);
                }
            }
        }
        assertThat(violations).as("non-UI bundles wired to a UI toolkit").isEmpty();
    }

    private static int layer(String symbolicName) {
        return LAYERS.getOrDefault(symbolicName, CORE_SERVICES);
    }

    private static List<Bundle> liftshiftBundles() {
        List<Bundle> bundles = new ArrayList<>();
        for (Bundle bundle : FrameworkUtil.getBundle(LayeringTest.class).getBundleContext().getBundles()) {
            String name = bundle.getSymbolicName();
            boolean fragment = (bundle.adapt(BundleRevision.class).getTypes() & BundleRevision.TYPE_FRAGMENT) != 0;
            if (name != null && name.startsWith("org.liftshift.") && !fragment) {
                bundles.add(bundle);
            }
        }
        return bundles;
    }

    private static List<String> wiredProviders(Bundle bundle) {
        BundleWiring wiring = bundle.adapt(BundleWiring.class);
        assertThat(wiring).as("%s is resolved", bundle.getSymbolicName()).isNotNull();
        List<String> providers = new ArrayList<>();
        for (BundleWire wire : wiring.getRequiredWires(null)) {
            providers.add(wire.getProvider().getBundle().getSymbolicName());
        }
        return providers;
    }
}
