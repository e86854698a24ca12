package org.liftshift.cli.internal;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.OperationCanceledException;
import org.liftshift.assess.PackageAssessment;
import org.liftshift.cli.CommandContext;
import org.liftshift.cli.ExitCodes;
import org.liftshift.model.persistence.MigrationFileException;
import org.liftshift.model.persistence.MigrationFiles;
import org.liftshift.model.plan.AssessmentFinding;
import org.liftshift.model.plan.FindingStatus;
import org.liftshift.model.plan.MigrationPlan;
import org.liftshift.model.plan.Severity;

/** {@code liftshift assess [file] [--format text|json|sarif] [--run-minutes N] [--save]}. */
public final class AssessCommand extends NamedSubcommand {

    public static final String NAME = "assess";

    public AssessCommand() {
        super(NAME, Messages.Assess_summary, Messages.Assess_usage);
    }

    @Override
    public int run(List<String> args, CommandContext context) {
        CommandLine line = CommandLine.parse(NAME, args, Map.of("--format", "--format", "-f", "--format", "--run-minutes", "--run-minutes"),
                Set.of("--save"), context.err());
        AssessmentFormat format = line == null ? null
                : line.value("--format", AssessmentFormat.TEXT, v -> AssessmentFormat.valueOf(v.toUpperCase(Locale.ROOT)), "text, json or sarif");
        PackageAssessment assessment = format == null ? null
                : line.value("--run-minutes", PackageAssessment.withAllRules(),
                        v -> PackageAssessment.withRunMinutes(Integer.parseInt(v)), "a number of minutes");
        if (assessment == null) {
            return ExitCodes.USAGE;
        }
        String file = line.file();
        boolean save = line.has("--save");
        if (save && file == null) {
            context.err().println(Messages.Assess_saveNeedsFile);
            return ExitCodes.USAGE;
        }
        PlanArgument argument = new PlanArgument(file);
        MigrationPlan plan = argument.loadOrSay(NAME, context);
        if (plan == null) {
            return ExitCodes.USAGE;
        }
        List<AssessmentFinding> findings;
        try {
            findings = assessment.assess(plan, new ConsoleProgress(context.err()));
        } catch (OperationCanceledException e) {
            return ExitCodes.PROBLEMS;
        }
        // decisions recorded in the plan (accepted, won't fix) carry over to the printed findings
        PackageAssessment.record(plan, findings);
        try {
            if (save) {
                MigrationFiles.save(plan, argument.path(context));
            }
            format.print(argument.shown(), plan.getFindings(), context.out());
        } catch (MigrationFileException e) {
            context.err().println("liftshift assess: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (IOException e) {
            context.err().println("liftshift assess: cannot write the report: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        context.out().flush();
        boolean openErrors = plan.getFindings().stream()
                .anyMatch(f -> f.getSeverity() == Severity.ERROR && f.getStatus() == FindingStatus.OPEN);
        return openErrors ? ExitCodes.PROBLEMS : ExitCodes.OK;
    }
}
