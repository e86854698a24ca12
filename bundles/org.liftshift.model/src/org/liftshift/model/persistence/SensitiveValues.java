package org.liftshift.model.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.liftshift.model.estate.EnvironmentVariable;
import org.liftshift.model.estate.JobStep;
import org.liftshift.model.estate.JobStepSubsystem;
import org.liftshift.model.estate.Parameter;
import org.liftshift.model.jobs.IsServerCommand;
import org.liftshift.model.jobs.ParameterOverride;
import org.liftshift.model.jobs.SensitiveOverrides;

/**
 * Finds values that must never reach a file: the values of sensitive parameters and environment
 * variables, and the sensitive {@code /Par} values of SSIS job steps. Secrets of the design itself are {@code SecretReference}s and carry no value at all.
 */
final class SensitiveValues {

    private SensitiveValues() {
    }

    /** Descriptions of every sensitive object below {@code root} that carries a value. */
    static List<String> find(EObject root) {
        List<String> found = new ArrayList<>();
        for (TreeIterator<EObject> it = root.eAllContents(); it.hasNext();) {
            EObject object = it.next();
            if (object instanceof Parameter parameter && parameter.isSensitive() && hasText(parameter.getValue())) {
                found.add("parameter " + parameter.getName());
            } else if (object instanceof EnvironmentVariable variable && variable.isSensitive()
                    && hasText(variable.getValue())) {
                found.add("environment variable " + variable.getName());
            } else if (object instanceof JobStep step) {
                sensitiveOverride(step).ifPresent(name -> found.add("job step " + step.getName() + " override " + name));
            }
        }
        return found;
    }

    private static Optional<String> sensitiveOverride(JobStep step) {
        if (step.getSubsystem() != JobStepSubsystem.SSIS || step.getCommand() == null) {
            return Optional.empty();
        }
        IsServerCommand command;
        try {
            command = IsServerCommand.parse(step.getCommand());
        } catch (IllegalArgumentException notACatalogCommand) {
            return Optional.empty();
        }
        return command.parameters().stream()
                .filter(p -> hasText(p.value()) && SensitiveOverrides.isSensitive(p, step.getPackage()))
                .map(ParameterOverride::name).findFirst();
    }

    private static boolean hasText(String value) {
        return value != null && !value.isEmpty();
    }
}
