package org.liftshift.ui.azure;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.liftshift.model.navigation.ObjectPaths;
import org.liftshift.ui.problems.DesignMarkers;

/**
 * Problems-view markers of the last deployment of a design: why Azure refused it, with the design
 * rule and the fix. A type of their own, so that revalidating the design keeps them; the next
 * deployment replaces them.
 */
public final class DeploymentMarkers {

    public static final String TYPE = "org.liftshift.ui.deployment"; //$NON-NLS-1$
    /** {@link DesignMarkers#ORIGIN} of a deployment marker. */
    public static final String DEPLOYMENT = "deployment"; //$NON-NLS-1$

    private DeploymentMarkers() {
    }

    static void clear(IFile design) throws CoreException {
        design.deleteMarkers(TYPE, true, IResource.DEPTH_ZERO);
    }

    /** @param subject the object of the design the refusal concerns (its marker opens it in the editor), or null */
    static void add(IFile design, String message, String fix, String ruleId, EObject subject) throws CoreException {
        IMarker marker = design.createMarker(TYPE);
        marker.setAttribute(IMarker.SEVERITY, IMarker.SEVERITY_ERROR);
        marker.setAttribute(IMarker.MESSAGE, fix == null || message.contains(fix) ? message : message + " " + fix); //$NON-NLS-1$
        marker.setAttribute(DesignMarkers.ORIGIN, DEPLOYMENT);
        if (ruleId != null) {
            marker.setAttribute(DesignMarkers.RULE_ID, ruleId);
        }
        if (subject != null && subject.eResource() != null) {
            marker.setAttribute(DesignMarkers.OBJECT, EcoreUtil.getURI(subject).fragment());
            marker.setAttribute(IMarker.LOCATION, ObjectPaths.of(subject));
        }
    }
}
