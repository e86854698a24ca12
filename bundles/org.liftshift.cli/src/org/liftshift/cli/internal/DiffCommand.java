package org.liftshift.cli.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.liftshift.cli.CommandContext;
import org.liftshift.cli.ExitCodes;
import org.liftshift.model.compare.PlanChange;
import org.liftshift.model.compare.PlanDiff;
import org.liftshift.model.persistence.MigrationFileException;
import org.liftshift.model.persistence.MigrationFiles;
import org.liftshift.model.plan.MigrationPlan;

/** {@code liftshift diff old.liftshift new.liftshift [--format text|json|html]}. */
public final class DiffCommand extends NamedSubcommand {

    public static final String NAME = "diff";

    public DiffCommand() {
        super(NAME, Messages.Diff_summary, Messages.Diff_usage);
    }

    @Override
    public int run(List<String> args, CommandContext context) {
        List<String> files = new ArrayList<>();
        DiffFormat format = DiffFormat.TEXT;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--format") || arg.equals("-f")) {
                if (i + 1 == args.size()) {
                    context.err().println(Messages.Diff_formatMissing);
                    return ExitCodes.USAGE;
                }
                try {
                    format = DiffFormat.valueOf(args.get(++i).toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    context.err().println(NLS.bind(Messages.Diff_formatUnknown, args.get(i)));
                    return ExitCodes.USAGE;
                }
            } else if (arg.startsWith("-")) {
                context.err().println(NLS.bind(Messages.Diff_optionUnknown, arg));
                return ExitCodes.USAGE;
            } else {
                files.add(arg);
            }
        }
        if (files.size() != 2) {
            context.err().println(Messages.Diff_twoFiles);
            return ExitCodes.USAGE;
        }
        MigrationPlan before;
        MigrationPlan after;
        try {
            before = MigrationFiles.load(context.workingDirectory().resolve(files.get(0)));
            after = MigrationFiles.load(context.workingDirectory().resolve(files.get(1)));
        } catch (MigrationFileException e) {
            context.err().println("liftshift diff: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        List<PlanChange> changes = PlanDiff.between(before, after);
        try {
            format.print(files.get(0), files.get(1), changes, context.out());
        } catch (IOException e) {
            context.err().println(NLS.bind(Messages.Diff_writeFailed, e.getMessage()));
            return ExitCodes.USAGE;
        }
        context.out().flush();
        return changes.isEmpty() ? ExitCodes.OK : ExitCodes.PROBLEMS;
    }
}
