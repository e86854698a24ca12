package org.liftshift.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.osgi.util.NLS;
import org.liftshift.cli.CommandContext;
import org.liftshift.cli.ExitCodes;
import org.liftshift.cli.Subcommand;
import org.liftshift.generate.DeploymentKit;
import org.liftshift.generate.KitFile;
import org.liftshift.model.persistence.MigrationFileException;
import org.liftshift.model.plan.MigrationPlan;
import org.liftshift.validate.DesignValidation;

/** {@code liftshift generate [file] [-o folder] [--force]}. */
public final class GenerateCommand implements Subcommand {

    public static final String NAME = "generate";
    static final String DEFAULT_OUTPUT = "liftshift-out";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String summary() {
        return Messages.Generate_summary;
    }

    @Override
    public String usage() {
        return Messages.Generate_usage;
    }

    @Override
    public int run(List<String> args, CommandContext context) {
        String file = null;
        String output = DEFAULT_OUTPUT;
        boolean force = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("-o") || arg.equals("--output")) {
                if (i + 1 == args.size()) {
                    context.err().println(Messages.Generate_outputMissing);
                    return ExitCodes.USAGE;
                }
                output = args.get(++i);
            } else if (arg.equals("--force")) {
                force = true;
            } else if (arg.startsWith("-")) {
                context.err().println(NLS.bind(Messages.Generate_optionUnknown, arg));
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
            context.err().println("liftshift generate: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        Diagnostic validation = DesignValidation.withDesignRules().validate(plan);
        if (validation.getSeverity() >= Diagnostic.ERROR && !force) {
            long errors = validation.getChildren().stream().filter(d -> d.getSeverity() >= Diagnostic.ERROR).count();
            context.err().println(NLS.bind(Messages.Generate_designHasErrors, Long.valueOf(errors),
                    argument.shown()));
            return ExitCodes.PROBLEMS;
        }
        DeploymentKit kit = DeploymentKit.of(plan);
        Path folder = context.workingDirectory().resolve(output);
        try {
            kit.write(folder);
        } catch (IOException e) {
            context.err().println(NLS.bind(Messages.Generate_writeFailed, folder, e.getMessage()));
            return ExitCodes.USAGE;
        }
        context.out().println(NLS.bind(Messages.Generate_written, Integer.valueOf(kit.files().size()), folder));
        for (KitFile kitFile : kit.files()) {
            context.out().println("  " + kitFile.path());
        }
        return ExitCodes.OK;
    }
}
