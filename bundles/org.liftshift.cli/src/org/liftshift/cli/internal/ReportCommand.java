package org.liftshift.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.osgi.util.NLS;
import org.liftshift.azure.deploy.AzureConnection;
import org.liftshift.azure.deploy.RuntimeDrift.Drift;
import org.liftshift.azure.deploy.DesignDeployment;
import org.liftshift.cli.CommandContext;
import org.liftshift.cli.ExitCodes;
import org.liftshift.model.persistence.MigrationFileException;
import org.liftshift.model.persistence.MigrationFiles;
import org.liftshift.model.plan.MigrationPlan;
import org.liftshift.model.target.Subscription;
import org.liftshift.report.ReviewReport;

import com.azure.core.exception.AzureException;

/** {@code liftshift report [file] [-o folder] [--since reviewed.liftshift]}. */
public final class ReportCommand extends NamedSubcommand {

    public static final String NAME = "report";
    static final String DEFAULT_OUTPUT = "liftshift-report";

    private final AzureOptions azure;

    public ReportCommand(AzureOptions azure) {
        super(NAME, Messages.Report_summary, Messages.Report_usage);
        this.azure = azure;
    }

    @Override
    public int run(List<String> args, CommandContext context) {
        CommandLine line = CommandLine.parse(NAME, args,
                AzureArguments.options(Map.of("-o", "--output", "--output", "--output", "--since", "--since")), Set.of("--drift"),
                context.err());
        AzureArguments options = line == null ? null : AzureArguments.of(line);
        if (options == null) {
            return ExitCodes.USAGE;
        }
        String file = line.file();
        String output = line.value("--output", DEFAULT_OUTPUT);
        String since = line.value("--since", null);
        PlanArgument argument = new PlanArgument(file);
        MigrationPlan plan;
        MigrationPlan reviewed = null;
        try {
            plan = argument.load(context);
            if (since != null) {
                reviewed = MigrationFiles.load(context.workingDirectory().resolve(since));
            }
        } catch (MigrationFileException e) {
            context.err().println("liftshift report: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        List<Drift> drift = null;
        if (line.has("--drift")) {
            Function<Subscription, AzureConnection> connector = options.connector(azure, context);
            try {
                if (!options.chooseSubscriptions(NAME, plan, argument, connector, context)) {
                    return ExitCodes.USAGE;
                }
                drift = new DesignDeployment(connector).drift(plan);
            } catch (MigrationFileException e) {
                context.err().println("liftshift report: " + e.getMessage());
                return ExitCodes.USAGE;
            } catch (AzureException | IllegalStateException e) {
                context.err().println(NLS.bind(Messages.Azure_failed, NAME, e.getMessage()));
                return ExitCodes.USAGE;
            }
        }
        ReviewReport report = ReviewReport.of(plan, argument.shown(), reviewed, since, new ConsoleProgress(context.err()));
        if (drift != null) {
            report = report.withDrift(drift);
        }
        Path folder = context.workingDirectory().resolve(output);
        List<Path> written;
        try {
            written = report.write(folder, ReviewReport.baseName(Path.of(argument.shown()).getFileName().toString()));
        } catch (IOException | RuntimeException e) {
            context.err().println(NLS.bind(Messages.Report_writeFailed, folder, e.getMessage()));
            return ExitCodes.USAGE;
        }
        context.out().println(NLS.bind(Messages.Report_written, report.title(), folder));
        for (Path path : written) {
            context.out().println("  " + folder.relativize(path));
        }
        return ExitCodes.OK;
    }
}
