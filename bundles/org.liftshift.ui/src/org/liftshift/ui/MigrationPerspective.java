package org.liftshift.ui;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.eclipse.ui.progress.IProgressConstants;
import org.liftshift.ui.assessment.AssessmentView;
import org.liftshift.ui.kit.DeploymentKitView;
import org.liftshift.ui.topology.TopologyView;
import org.liftshift.ui.wizards.NewMigrationProjectWizard;

/**
 * The Migration perspective: the explorer of migration projects on the left, the design editors in
 * the middle, the outline on the right, and problems, properties and progress below.
 */
public final class MigrationPerspective implements IPerspectiveFactory {

    public static final String ID = "org.liftshift.ui.perspectives.migration"; //$NON-NLS-1$

    /** The views this perspective opens, in layout order. */
    public static final String[] VIEW_IDS = { MigrationExplorer.ID, IPageLayout.ID_OUTLINE,
            IPageLayout.ID_PROBLEM_VIEW, IPageLayout.ID_PROP_SHEET, IProgressConstants.PROGRESS_VIEW_ID, AssessmentView.ID };

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editorArea = layout.getEditorArea();
        layout.setEditorAreaVisible(true);

        layout.addView(MigrationExplorer.ID, IPageLayout.LEFT, 0.22f, editorArea);
        layout.addView(IPageLayout.ID_OUTLINE, IPageLayout.RIGHT, 0.78f, editorArea);

        IFolderLayout bottom = layout.createFolder("org.liftshift.ui.perspectives.migration.bottom", //$NON-NLS-1$
                IPageLayout.BOTTOM, 0.70f, editorArea);
        bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
        bottom.addView(IPageLayout.ID_PROP_SHEET);
        bottom.addView(IProgressConstants.PROGRESS_VIEW_ID);
        bottom.addView(AssessmentView.ID);
        bottom.addPlaceholder(DeploymentKitView.ID);
        // opened on demand: its layout engine stays out of the workbench's start
        bottom.addPlaceholder(TopologyView.ID);

        layout.addShowViewShortcut(MigrationExplorer.ID);
        layout.addShowViewShortcut(DeploymentKitView.ID);
        layout.addShowViewShortcut(AssessmentView.ID);
        layout.addShowViewShortcut(TopologyView.ID);
        layout.addNewWizardShortcut(NewMigrationProjectWizard.ID);
        layout.addPerspectiveShortcut(ID);
    }
}
