package org.liftshift.ui.preferences;

import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.liftshift.validate.NodeSizes;

/** Window &gt; Preferences &gt; Liftshift. */
public final class LiftshiftPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    public LiftshiftPreferencePage() {
        super(GRID);
        setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, LiftshiftPreferences.QUALIFIER));
        setDescription(Messages.Preferences_description);
    }

    @Override
    public void init(IWorkbench workbench) {
        // the store is set in the constructor
    }

    @Override
    protected void createFieldEditors() {
        addField(new StringFieldEditor(LiftshiftPreferences.DEFAULT_REGION, Messages.Preferences_region, getFieldEditorParent()));
        String[][] sizes = NodeSizes.ALL.stream().map(size -> new String[] { size, size }).toArray(String[][]::new);
        addField(new ComboFieldEditor(LiftshiftPreferences.DEFAULT_NODE_SIZE, Messages.Preferences_nodeSize, sizes, getFieldEditorParent()));
        addField(new StringFieldEditor(LiftshiftPreferences.NAMING_CONVENTION,
                Messages.Preferences_naming, getFieldEditorParent()));
        addField(new StringFieldEditor(LiftshiftPreferences.OUTPUT_FOLDER, Messages.Preferences_outputFolder, getFieldEditorParent()) {
            @Override
            protected boolean doCheckState() {
                IStatus status = ResourcesPlugin.getWorkspace().validatePath("/p/" + getStringValue(), IResource.FOLDER); //$NON-NLS-1$
                setErrorMessage(status.isOK() ? null : status.getMessage());
                return status.isOK();
            }
        });
        addField(new BooleanFieldEditor(LiftshiftPreferences.GENERATE_WITH_ERRORS,
                Messages.Preferences_generateWithErrors, getFieldEditorParent()));
        addField(new ComboFieldEditor(LiftshiftPreferences.AZURE_SIGN_IN, Messages.Preferences_azureSignIn, new String[][] {
                { Messages.Preferences_signInDefault, "default" }, { Messages.Preferences_signInBrowser, "browser" }, //$NON-NLS-1$ //$NON-NLS-2$
                { Messages.Preferences_signInDeviceCode, "device-code" } }, getFieldEditorParent())); //$NON-NLS-1$
        addField(new ComboFieldEditor(LiftshiftPreferences.AZURE_CLOUD, Messages.Preferences_azureCloud, new String[][] {
                { Messages.Preferences_cloudAzure, "azure" }, { Messages.Preferences_cloudChina, "china" }, //$NON-NLS-1$ //$NON-NLS-2$
                { Messages.Preferences_cloudUsGov, "usgov" } }, getFieldEditorParent())); //$NON-NLS-1$
    }
}
