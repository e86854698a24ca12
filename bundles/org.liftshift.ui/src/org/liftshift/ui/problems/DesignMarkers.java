package org.liftshift.ui.problems;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.liftshift.model.navigation.ObjectPaths;
import org.liftshift.model.persistence.MigrationFileException;
import org.liftshift.model.plan.AssessmentFinding;
import org.liftshift.model.plan.FindingStatus;
import org.liftshift.model.plan.Severity;
import org.liftshift.ui.editor.DesignDiagnostics;

/**
 * The Problems-view markers of a {@code .liftshift} file: one per validation diagnostic and per open
 * assessment finding, each with its rule id and the object it concerns, so that opening the marker
 * selects that object in the design editor.
 */
public final class DesignMarkers {

    /** The marker type, a problem marker. */
    public static final String TYPE = "org.liftshift.ui.problem"; //$NON-NLS-1$
    /** Attribute: the id of the rule, such as EP-3 or PKG-2. */
    public static final String RULE_ID = "ruleId"; //$NON-NLS-1$
    /** Attribute: the URI fragment of the object in the plan. */
    public static final String OBJECT = "object"; //$NON-NLS-1$
    /** Attribute: {@link #VALIDATION} or {@link #ASSESSMENT}. */
    public static final String ORIGIN = "origin"; //$NON-NLS-1$
    public static final String VALIDATION = "validation"; //$NON-NLS-1$
    public static final String ASSESSMENT = "assessment"; //$NON-NLS-1$

    private DesignMarkers() {
    }

    /** Replaces the file's markers by those of {@code diagnostics} (leaves) and the plan's open {@code findings}. */
    public static void replace(IFile file, List<Diagnostic> diagnostics, List<AssessmentFinding> findings) throws CoreException {
        file.deleteMarkers(TYPE, true, IResource.DEPTH_ZERO);
        for (Diagnostic diagnostic : diagnostics) {
            EObject subject = diagnostic.getData().stream().filter(EObject.class::isInstance).map(EObject.class::cast)
                    .findFirst().orElse(null);
            String ruleId = DesignDiagnostics.ruleId(diagnostic);
            create(file, VALIDATION, ruleId, severity(diagnostic.getSeverity()), diagnostic.getMessage(), subject);
        }
        for (AssessmentFinding finding : findings) {
            if (finding.getStatus() == FindingStatus.OPEN) {
                String message = finding.getRecommendation() == null ? NLS.bind(Messages.Marker_finding, finding.getRuleId(), finding.getEvidence())
                        : NLS.bind(Messages.Marker_findingWithFix, new Object[] { finding.getRuleId(), finding.getEvidence(), finding.getRecommendation() });
                create(file, ASSESSMENT, finding.getRuleId(), severity(finding.getSeverity()), message,
                        finding.getSubject() != null ? finding.getSubject() : finding);
            }
        }
    }

    /** Replaces the file's markers by one that says why it cannot be read, at the line of the problem. */
    public static void unreadable(IFile file, MigrationFileException problem) throws CoreException {
        file.deleteMarkers(TYPE, true, IResource.DEPTH_ZERO);
        IMarker marker = file.createMarker(TYPE);
        marker.setAttribute(IMarker.SEVERITY, IMarker.SEVERITY_ERROR);
        marker.setAttribute(IMarker.MESSAGE, problem.fix() == null ? problem.problem() : NLS.bind(Messages.Marker_unreadable, problem.problem(), problem.fix()));
        if (problem.line() > 0) {
            marker.setAttribute(IMarker.LINE_NUMBER, problem.line());
        }
        marker.setAttribute(ORIGIN, VALIDATION);
    }

    private static void create(IFile file, String origin, String ruleId, int severity, String message, EObject subject)
            throws CoreException {
        IMarker marker = file.createMarker(TYPE);
        marker.setAttribute(IMarker.SEVERITY, severity);
        marker.setAttribute(IMarker.MESSAGE, message);
        marker.setAttribute(RULE_ID, ruleId);
        marker.setAttribute(ORIGIN, origin);
        if (subject != null && subject.eResource() != null) {
            marker.setAttribute(OBJECT, EcoreUtil.getURI(subject).fragment());
            marker.setAttribute(IMarker.LOCATION, ObjectPaths.of(subject));
        }
    }

    private static int severity(int diagnosticSeverity) {
        if (diagnosticSeverity >= Diagnostic.ERROR) {
            return IMarker.SEVERITY_ERROR;
        }
        return diagnosticSeverity == Diagnostic.WARNING ? IMarker.SEVERITY_WARNING : IMarker.SEVERITY_INFO;
    }

    private static int severity(Severity findingSeverity) {
        return switch (findingSeverity) {
            case ERROR -> IMarker.SEVERITY_ERROR;
            case WARNING -> IMarker.SEVERITY_WARNING;
            default -> IMarker.SEVERITY_INFO;
        };
    }
}
