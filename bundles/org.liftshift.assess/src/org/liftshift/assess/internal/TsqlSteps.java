package org.liftshift.assess.internal;

import java.util.regex.Pattern;

import org.liftshift.model.estate.JobStep;
import org.liftshift.model.estate.JobStepSubsystem;

/** Agent job steps that start SSISDB executions from T-SQL instead of through the SSIS subsystem. */
final class TsqlSteps {

    /** {@code catalog.start_execution} with or without brackets, e.g. {@code [SSISDB].[catalog].[start_execution]}. */
    private static final Pattern START_EXECUTION = Pattern.compile("(?i)\\bcatalog\\]?\\s*\\.\\s*\\[?start_execution\\b");

    private TsqlSteps() {
    }

    static boolean startsExecution(JobStep step) {
        return step.getSubsystem() == JobStepSubsystem.TSQL && step.getCommand() != null
                && START_EXECUTION.matcher(step.getCommand()).find();
    }
}
