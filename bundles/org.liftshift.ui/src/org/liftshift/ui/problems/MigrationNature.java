package org.liftshift.ui.problems;

import java.util.Arrays;

import org.eclipse.core.resources.ICommand;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IProjectNature;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;

/** A migration project: its {@code .liftshift} files are validated on every change by {@link DesignBuilder}. */
public final class MigrationNature implements IProjectNature {

    public static final String ID = "org.liftshift.ui.migrationNature"; //$NON-NLS-1$

    private IProject project;

    /** Makes {@code project} a migration project, if it is not one already. */
    public static void addTo(IProject project, IProgressMonitor monitor) throws CoreException {
        IProjectDescription description = project.getDescription();
        if (description.hasNature(ID)) {
            return;
        }
        String[] natures = Arrays.copyOf(description.getNatureIds(), description.getNatureIds().length + 1);
        natures[natures.length - 1] = ID;
        description.setNatureIds(natures);
        project.setDescription(description, monitor);
    }

    @Override
    public void configure() throws CoreException {
        IProjectDescription description = project.getDescription();
        ICommand[] commands = description.getBuildSpec();
        for (ICommand command : commands) {
            if (DesignBuilder.ID.equals(command.getBuilderName())) {
                return;
            }
        }
        ICommand validate = description.newCommand();
        validate.setBuilderName(DesignBuilder.ID);
        ICommand[] updated = Arrays.copyOf(commands, commands.length + 1);
        updated[commands.length] = validate;
        description.setBuildSpec(updated);
        project.setDescription(description, null);
    }

    @Override
    public void deconfigure() throws CoreException {
        IProjectDescription description = project.getDescription();
        description.setBuildSpec(Arrays.stream(description.getBuildSpec())
                .filter(command -> !DesignBuilder.ID.equals(command.getBuilderName())).toArray(ICommand[]::new));
        project.setDescription(description, null);
        project.deleteMarkers(DesignMarkers.TYPE, true, org.eclipse.core.resources.IResource.DEPTH_INFINITE);
    }

    @Override
    public IProject getProject() {
        return project;
    }

    @Override
    public void setProject(IProject project) {
        this.project = project;
    }
}
