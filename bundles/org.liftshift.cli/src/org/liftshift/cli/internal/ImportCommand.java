package org.liftshift.cli.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.util.NLS;
import org.liftshift.cli.CommandContext;
import org.liftshift.cli.ExitCodes;
import org.liftshift.azure.sql.SqlAuthentication;
import org.liftshift.importer.EstateCounts;
import org.liftshift.importer.EstateImport;
import org.liftshift.importer.EstateMerge;
import org.liftshift.importer.server.CollectedImport;
import org.liftshift.importer.server.Collector;
import org.liftshift.importer.server.JdbcConnections;
import org.liftshift.importer.server.ServerImport;
import org.liftshift.model.estate.Estate;
import org.liftshift.model.estate.EstateFactory;
import org.liftshift.model.persistence.MigrationFileException;
import org.liftshift.model.persistence.MigrationFiles;
import org.liftshift.model.plan.MigrationPlan;

/**
 * {@code liftshift import <files|folders|collected.json|jdbc:sqlserver://...> -o estate.liftshift [--merge]}.
 */
public final class ImportCommand extends NamedSubcommand {

    public static final String NAME = "import";

    public ImportCommand() {
        super(NAME, Messages.Import_summary, Messages.Import_usage);
    }

    @Override
    public int run(List<String> args, CommandContext context) {
        if (args.equals(List.of("--collector"))) {
            context.out().print(Collector.script());
            return ExitCodes.OK;
        }
        ImportOptions options = ImportOptions.parse(args, context.err());
        if (options == null) {
            return ExitCodes.USAGE;
        }
        Path output = context.workingDirectory().resolve(options.output());
        boolean exists = Files.exists(output);
        if (exists && !options.merge() && !options.replace()) {
            context.err().println(NLS.bind(Messages.Import_outputExists, options.output()));
            return ExitCodes.USAGE;
        }
        MigrationPlan plan;
        try {
            plan = exists && options.merge() ? MigrationFiles.load(output) : newPlan(output);
        } catch (MigrationFileException e) {
            context.err().println("liftshift import: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        ConsoleProgress progress = new ConsoleProgress(context.err());
        List<IStatus> problems = new ArrayList<>();
        Estate imported;
        try {
            imported = ImportSources.importAll(options, context, progress, problems);
        } catch (OperationCanceledException e) {
            context.err().println(Messages.Import_cancelled);
            return ExitCodes.PROBLEMS;
        }
        List<String> dropped = EstateMerge.into(plan, imported);
        // a configuration file may come in a later import than the packages that read it
        problems.addAll(EstateImport.linkConfigurationFiles(plan.getEstate()));
        try {
            MigrationFiles.save(plan, output);
        } catch (MigrationFileException e) {
            context.err().println("liftshift import: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        int errors = 0;
        for (IStatus problem : problems) {
            context.err().println((problem.getSeverity() == IStatus.ERROR ? "error: " : "warning: ") + problem.getMessage());
            errors += problem.getSeverity() == IStatus.ERROR ? 1 : 0;
        }
        for (String reference : dropped) {
            context.err().println("warning: " + reference);
        }
        context.out().println(NLS.bind(Messages.Import_written, new Object[] { options.output(), EstateCounts.of(plan.getEstate()),
                Integer.valueOf(errors) }));
        return errors > 0 ? ExitCodes.PROBLEMS : ExitCodes.OK;
    }

    private static MigrationPlan newPlan(Path output) {
        return MigrationFiles.newPlan(output.getFileName().toString().replaceFirst("\\.liftshift$", ""));
    }

    /** Sends each input to its importer: live servers, collected documents, and files and folders. */
    static final class ImportSources {
        private ImportSources() {
        }

        static Estate importAll(ImportOptions options, CommandContext context, ConsoleProgress progress, List<IStatus> problems) {
            Estate estate = EstateFactory.eINSTANCE.createEstate();
            List<Path> files = new ArrayList<>();
            for (String input : options.inputs()) {
                if (ServerAddress.is(input)) {
                    add(estate, server(input, options, progress, problems), problems);
                } else if (CollectedImport.isCollection(Path.of(input))) {
                    add(estate, CollectedImport.importFile(context.workingDirectory().resolve(input)), problems);
                } else {
                    files.add(context.workingDirectory().resolve(input));
                }
            }
            if (!files.isEmpty()) {
                add(estate, EstateImport.importFiles(files, progress), problems);
            }
            return estate;
        }

        private static EstateImport.Result server(String input, ImportOptions options, ConsoleProgress progress, List<IStatus> problems) {
            ServerAddress address;
            SqlAuthentication authentication;
            try {
                address = ServerAddress.parse(input);
                authentication = ServerAddress.authentication(options.authentication());
            } catch (IllegalArgumentException e) {
                problems.add(Status.error(input + ": " + e.getMessage()));
                return null;
            }
            char[] password = ServerAddress.needsPassword(authentication) ? password(address) : null;
            try {
                JdbcConnections connections = new JdbcConnections(address.url(authentication, options.user(),
                        options.trustServerCertificate()), password);
                return ServerImport.importServer(connections, address.host(), ServerImport.Options.defaults(), progress);
            } finally {
                if (password != null) {
                    Arrays.fill(password, '\0');
                }
            }
        }

        /** The password from LIFTSHIFT_SQL_PASSWORD, or typed at the console without echo; never from an argument. */
        private static char[] password(ServerAddress address) {
            String fromEnvironment = System.getenv("LIFTSHIFT_SQL_PASSWORD");
            if (fromEnvironment != null) {
                return fromEnvironment.toCharArray();
            }
            java.io.Console console = System.console();
            return console == null ? null : console.readPassword("Password for %s: ", address.host());
        }

        private static void add(Estate estate, EstateImport.Result result, List<IStatus> problems) {
            if (result == null) {
                return;
            }
            problems.addAll(List.of(result.status().getChildren()));
            estate.getInstances().addAll(List.copyOf(result.estate().getInstances()));
            estate.getFileProjects().addAll(List.copyOf(result.estate().getFileProjects()));
            estate.getFilePackages().addAll(List.copyOf(result.estate().getFilePackages()));
            estate.getConfigurationFiles().addAll(List.copyOf(result.estate().getConfigurationFiles()));
        }
    }
}
