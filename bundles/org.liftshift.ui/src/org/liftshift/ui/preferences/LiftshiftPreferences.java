package org.liftshift.ui.preferences;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;

/**
 * The workbench preferences (Window &gt; Preferences &gt; Liftshift) and their defaults: where new
 * designs start and where deployment kits go.
 */
public final class LiftshiftPreferences extends AbstractPreferenceInitializer {

    public static final String QUALIFIER = "org.liftshift.ui"; //$NON-NLS-1$
    /** Azure region of new factories and integration runtimes. */
    public static final String DEFAULT_REGION = "defaultRegion"; //$NON-NLS-1$
    /** Node size of new integration runtimes. */
    public static final String DEFAULT_NODE_SIZE = "defaultNodeSize"; //$NON-NLS-1$
    /** Naming convention of new Azure resources: {0} is the resource kind, {1} the workload, {2} the region. */
    public static final String NAMING_CONVENTION = "namingConvention"; //$NON-NLS-1$
    /** Folder of a project, relative to it, under which each design's kit is generated. */
    public static final String OUTPUT_FOLDER = "outputFolder"; //$NON-NLS-1$
    /** Whether a kit is generated from a design that still has errors. */
    public static final String GENERATE_WITH_ERRORS = "generateWithErrors"; //$NON-NLS-1$
    /** How the workbench signs in to Azure: {@code default}, {@code browser} or {@code device-code}. */
    public static final String AZURE_SIGN_IN = "azureSignIn"; //$NON-NLS-1$
    /** The Azure cloud the workbench deploys to: {@code azure}, {@code china} or {@code usgov}. */
    public static final String AZURE_CLOUD = "azureCloud"; //$NON-NLS-1$

    @Override
    public void initializeDefaultPreferences() {
        IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(QUALIFIER);
        defaults.put(DEFAULT_REGION, "westeurope"); //$NON-NLS-1$
        defaults.put(DEFAULT_NODE_SIZE, "Standard_D4_v3"); //$NON-NLS-1$
        defaults.put(NAMING_CONVENTION, "{0}-{1}-{2}"); //$NON-NLS-1$
        defaults.put(OUTPUT_FOLDER, "kit"); //$NON-NLS-1$
        defaults.putBoolean(GENERATE_WITH_ERRORS, false);
        defaults.put(AZURE_SIGN_IN, "default"); //$NON-NLS-1$
        defaults.put(AZURE_CLOUD, "azure"); //$NON-NLS-1$
    }

    /** The current value, instance scope first, then the default. */
    public static String get(String key) {
        return InstanceScope.INSTANCE.getNode(QUALIFIER).get(key, DefaultScope.INSTANCE.getNode(QUALIFIER).get(key, "")); //$NON-NLS-1$
    }

    public static boolean getBoolean(String key) {
        return InstanceScope.INSTANCE.getNode(QUALIFIER).getBoolean(key, DefaultScope.INSTANCE.getNode(QUALIFIER).getBoolean(key, false));
    }
}
