package org.liftshift.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.liftshift.azure.deploy.AzureSignIn;
import org.liftshift.azure.deploy.DesignDeployment;
import org.liftshift.cli.CommandContext;
import org.liftshift.cli.ExitCodes;
import org.liftshift.cli.Subcommand;
import org.liftshift.model.persistence.MigrationFileException;
import org.liftshift.model.persistence.MigrationFiles;
import org.liftshift.model.plan.MigrationPlan;
import org.liftshift.report.ReviewReport;

import com.azure.core.exception.AzureException;

/** {@code liftshift report [file] [-o folder] [--since reviewed.liftshift]}. */
public final class ReportCommand implements Subcommand {

    public static final String NAME = "report";
    static final String DEFAULT_OUTPUT = "liftshift-report";

    private final AzureOptions azure;

    public ReportCommand(AzureOptions azure) {
        this.azure = azure;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String summary() {
        return Messages.Report_summary;
    }

    @Override
    public String usage() {
        return Messages.Report_usage;
    }

    @Override
    public int run(List<String> args, CommandContext context) {
        CommandLine line = CommandLine.parse(NAME, args,
                Map.of("-o", "--output", "--output", "--output", "--since", "--since", "--sign-in", "--sign-in"), Set.of("--drift"),
                context.err());
        AzureSignIn.Method method = line == null ? null
                : line.value("--sign-in", AzureSignIn.Method.DEFAULT, AzureSignIn.Method::of, "default, browser or device-code");
        if (method == null) {
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
        ReviewReport report = ReviewReport.of(plan, argument.shown(), reviewed, since, new ConsoleProgress(context.err()));
        if (line.has("--drift")) {
            try {
                report = report.withDrift(new DesignDeployment(azure.connector(method, context)).drift(plan));
            } catch (AzureException | IllegalStateException e) {
                context.err().println(NLS.bind(Messages.Azure_failed, NAME, e.getMessage()));
                return ExitCodes.USAGE;
            }
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
