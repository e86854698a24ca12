package org.liftshift.cli.internal;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.osgi.util.NLS;
import org.liftshift.cli.CommandContext;
import org.liftshift.cli.ExitCodes;
import org.liftshift.cli.Subcommand;
import org.liftshift.model.persistence.MigrationFileException;
import org.liftshift.model.plan.MigrationPlan;
import org.liftshift.validate.DesignValidation;
import org.liftshift.validate.ValidationReport;

/** {@code liftshift validate [file] [--format text|json|sarif]}. */
public final class ValidateCommand implements Subcommand {

    public static final String NAME = "validate";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String summary() {
        return Messages.Validate_summary;
    }

    @Override
    public String usage() {
        return Messages.Validate_usage;
    }

    @Override
    public int run(List<String> args, CommandContext context) {
        String file = null;
        ValidationFormat format = ValidationFormat.TEXT;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--format") || arg.equals("-f")) {
                if (i + 1 == args.size()) {
                    context.err().println(Messages.Validate_formatMissing);
                    return ExitCodes.USAGE;
                }
                try {
                    format = ValidationFormat.valueOf(args.get(++i).toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    context.err().println(NLS.bind(Messages.Validate_formatUnknown, args.get(i)));
                    return ExitCodes.USAGE;
                }
            } else if (arg.startsWith("-")) {
                context.err().println(NLS.bind(Messages.Validate_optionUnknown, arg));
                return ExitCodes.USAGE;
            } else if (file == null) {
                file = arg;
            } else {
                context.err().println(NLS.bind(Messages.Validate_tooManyFiles, arg));
                return ExitCodes.USAGE;
            }
        }
        PlanArgument argument = new PlanArgument(file);
        MigrationPlan plan;
        try {
            plan = argument.load(context);
        } catch (MigrationFileException e) {
            context.err().println("liftshift validate: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        Diagnostic result = DesignValidation.withDesignRules().validate(plan);
        try {
            format.print(ValidationReport.of(argument.shown(), result), context.out());
        } catch (IOException e) {
            context.err().println("liftshift validate: cannot write the report: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        context.out().flush();
        return result.getSeverity() >= Diagnostic.ERROR ? ExitCodes.PROBLEMS : ExitCodes.OK;
    }
}
