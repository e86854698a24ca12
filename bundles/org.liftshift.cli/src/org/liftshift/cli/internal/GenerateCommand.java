package org.liftshift.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.osgi.util.NLS;
import org.liftshift.cli.CommandContext;
import org.liftshift.cli.ExitCodes;
import org.liftshift.generate.DeploymentKit;
import org.liftshift.generate.KitFile;
import org.liftshift.model.plan.MigrationPlan;
import org.liftshift.validate.DesignValidation;

/** {@code liftshift generate [file] [-o folder] [--force]}. */
public final class GenerateCommand extends NamedSubcommand {

    public static final String NAME = "generate";
    static final String DEFAULT_OUTPUT = "liftshift-out";

    public GenerateCommand() {
        super(NAME, Messages.Generate_summary, Messages.Generate_usage);
    }

    @Override
    public int run(List<String> args, CommandContext context) {
        CommandLine line = CommandLine.parse(NAME, args, Map.of("-o", "--output", "--output", "--output"), Set.of("--force"), context.err());
        if (line == null) {
            return ExitCodes.USAGE;
        }
        String file = line.file();
        String output = line.value("--output", DEFAULT_OUTPUT);
        boolean force = line.has("--force");
        PlanArgument argument = new PlanArgument(file);
        MigrationPlan plan = argument.loadOrSay(NAME, context);
        if (plan == null) {
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
