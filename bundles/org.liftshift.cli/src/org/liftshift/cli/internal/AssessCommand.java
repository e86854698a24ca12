package org.liftshift.cli.internal;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.osgi.util.NLS;
import org.liftshift.assess.PackageAssessment;
import org.liftshift.cli.CommandContext;
import org.liftshift.cli.ExitCodes;
import org.liftshift.cli.Subcommand;
import org.liftshift.model.persistence.MigrationFileException;
import org.liftshift.model.persistence.MigrationFiles;
import org.liftshift.model.plan.AssessmentFinding;
import org.liftshift.model.plan.FindingStatus;
import org.liftshift.model.plan.MigrationPlan;
import org.liftshift.model.plan.Severity;

/** {@code liftshift assess [file] [--format text|json|sarif] [--run-minutes N] [--save]}. */
public final class AssessCommand implements Subcommand {

    public static final String NAME = "assess";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String summary() {
        return Messages.Assess_summary;
    }

    @Override
    public String usage() {
        return Messages.Assess_usage;
    }

    @Override
    public int run(List<String> args, CommandContext context) {
        String file = null;
        AssessmentFormat format = AssessmentFormat.TEXT;
        PackageAssessment assessment = PackageAssessment.withAllRules();
        boolean save = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--format") || arg.equals("-f") || arg.equals("--run-minutes")) {
                if (i + 1 == args.size()) {
                    context.err().println(NLS.bind(Messages.Assess_valueMissing, arg));
                    return ExitCodes.USAGE;
                }
                String value = args.get(++i);
                try {
                    if (arg.equals("--run-minutes")) {
                        assessment = PackageAssessment.withRunMinutes(Integer.parseInt(value));
                    } else {
                        format = AssessmentFormat.valueOf(value.toUpperCase(Locale.ROOT));
                    }
                } catch (IllegalArgumentException e) {
                    context.err().println(NLS.bind(Messages.Assess_valueUnknown, arg, value));
                    return ExitCodes.USAGE;
                }
            } else if (arg.equals("--save")) {
                save = true;
            } else if (arg.startsWith("-")) {
                context.err().println(NLS.bind(Messages.Assess_optionUnknown, arg));
                return ExitCodes.USAGE;
            } else if (file == null) {
                file = arg;
            } else {
                context.err().println(NLS.bind(Messages.Validate_tooManyFiles, arg));
                return ExitCodes.USAGE;
            }
        }
        if (save && file == null) {
            context.err().println(Messages.Assess_saveNeedsFile);
            return ExitCodes.USAGE;
        }
        PlanArgument argument = new PlanArgument(file);
        MigrationPlan plan;
        try {
            plan = argument.load(context);
        } catch (MigrationFileException e) {
            context.err().println("liftshift assess: " + e.getMessage());
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
