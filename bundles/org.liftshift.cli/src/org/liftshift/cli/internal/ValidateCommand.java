package org.liftshift.cli.internal;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.Diagnostic;
import org.liftshift.cli.CommandContext;
import org.liftshift.cli.ExitCodes;
import org.liftshift.model.plan.MigrationPlan;
import org.liftshift.validate.DesignValidation;
import org.liftshift.validate.ValidationReport;

/** {@code liftshift validate [file] [--format text|json|sarif]}. */
public final class ValidateCommand extends NamedSubcommand {

    public static final String NAME = "validate";

    public ValidateCommand() {
        super(NAME, Messages.Validate_summary, Messages.Validate_usage);
    }

    @Override
    public int run(List<String> args, CommandContext context) {
        CommandLine line = CommandLine.parse(NAME, args, Map.of("--format", "--format", "-f", "--format"), Set.of(), context.err());
        ValidationFormat format = line == null ? null
                : line.value("--format", ValidationFormat.TEXT, v -> ValidationFormat.valueOf(v.toUpperCase(Locale.ROOT)), "text, json or sarif");
        if (format == null) {
            return ExitCodes.USAGE;
        }
        String file = line.file();
        PlanArgument argument = new PlanArgument(file);
        MigrationPlan plan = argument.loadOrSay(NAME, context);
        if (plan == null) {
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
