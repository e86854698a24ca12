package org.liftshift.validate.internal;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.liftshift.validate.DesignRule;

/**
 * Where checks report violations. Each diagnostic has the rule's code, the objects concerned (the
 * first one is where a marker or editor selection goes) and, last in its data, the {@link DesignRule}.
 */
public final class Findings {

    private final DiagnosticChain chain;
    private boolean errors;

    public Findings(DiagnosticChain chain) {
        this.chain = chain;
    }

    public void error(DesignRule rule, String problem, EObject... objects) {
        errors = true;
        report(Diagnostic.ERROR, rule, problem, objects);
    }

    public void warning(DesignRule rule, String problem, EObject... objects) {
        report(Diagnostic.WARNING, rule, problem, objects);
    }

    public boolean hasErrors() {
        return errors;
    }

    private void report(int severity, DesignRule rule, String problem, EObject... objects) {
        Object[] data = new Object[objects.length + 1];
        System.arraycopy(objects, 0, data, 0, objects.length);
        data[objects.length] = rule;
        chain.add(new BasicDiagnostic(severity, DesignRule.SOURCE, rule.code(), rule.message(problem), data));
    }
}
