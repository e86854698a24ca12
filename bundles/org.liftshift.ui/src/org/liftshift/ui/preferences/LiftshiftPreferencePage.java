package org.liftshift.ui.preferences;

import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.eclipse.core.runtime.preferences.InstanceScope;

/** Window &gt; Preferences &gt; Liftshift. */
public final class LiftshiftPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    /** Node sizes the Azure-SSIS IR offers, smallest first (the domain digest's sizing table). */
    static final String[] NODE_SIZES = { "Standard_D1_v2", "Standard_D2_v3", "Standard_D4_v3", "Standard_D8_v3", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            "Standard_D16_v3", "Standard_D32_v3", "Standard_D64_v3", "Standard_E2_v3", "Standard_E4_v3", "Standard_E8_v3", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            "Standard_E16_v3", "Standard_E32_v3", "Standard_E64_v3" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

    public LiftshiftPreferencePage() {
        super(GRID);
        setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, LiftshiftPreferences.QUALIFIER));
        setDescription("Defaults for new designs and where deployment kits are generated."); //$NON-NLS-1$
    }

    @Override
    public void init(IWorkbench workbench) {
        // the store is set in the constructor
    }

    @Override
    protected void createFieldEditors() {
        addField(new StringFieldEditor(LiftshiftPreferences.DEFAULT_REGION, "Default Azure &region:", getFieldEditorParent())); //$NON-NLS-1$
        String[][] sizes = new String[NODE_SIZES.length][];
        for (int i = 0; i < NODE_SIZES.length; i++) {
            sizes[i] = new String[] { NODE_SIZES[i], NODE_SIZES[i] };
        }
        addField(new ComboFieldEditor(LiftshiftPreferences.DEFAULT_NODE_SIZE, "Default IR &node size:", sizes, getFieldEditorParent())); //$NON-NLS-1$
        addField(new StringFieldEditor(LiftshiftPreferences.NAMING_CONVENTION,
                "&Naming convention ({0} kind, {1} workload, {2} region):", getFieldEditorParent())); //$NON-NLS-1$
        addField(new StringFieldEditor(LiftshiftPreferences.OUTPUT_FOLDER, "Deployment kit &folder in the project:", getFieldEditorParent()) { //$NON-NLS-1$
            @Override
            protected boolean doCheckState() {
                IStatus status = ResourcesPlugin.getWorkspace().validatePath("/p/" + getStringValue(), IResource.FOLDER); //$NON-NLS-1$
                setErrorMessage(status.isOK() ? null : status.getMessage());
                return status.isOK();
            }
        });
        addField(new BooleanFieldEditor(LiftshiftPreferences.GENERATE_WITH_ERRORS,
                "Generate the kit even when the design has &errors", getFieldEditorParent())); //$NON-NLS-1$
    }
}
