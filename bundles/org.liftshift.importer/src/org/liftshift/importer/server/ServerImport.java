package org.liftshift.importer.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.liftshift.importer.EstateImport;
import org.liftshift.importer.ImportException;
import org.liftshift.importer.internal.dtsx.PackageReader;
import org.liftshift.importer.internal.project.IspacProject;
import org.liftshift.importer.internal.project.ProjectAssembler;
import org.liftshift.model.estate.CatalogFolder;
import org.liftshift.model.estate.Estate;
import org.liftshift.model.estate.EstateFactory;
import org.liftshift.model.estate.Package;
import org.liftshift.model.estate.Project;
import org.liftshift.model.estate.SqlServerInstance;

/**
 * Imports an SSISDB catalog and the Agent jobs of msdb from a live server, read-only: only the
 * {@link DiscoveryQuery} SELECTs and {@code catalog.get_project}, each with a query timeout and
 * cancelled when the progress monitor is. A query that fails (no SSISDB, no permission) is reported
 * with the fix, and the rest of the import goes on.
 */
public final class ServerImport {

    /** What to read and how long to wait. */
    public record Options(int queryTimeoutSeconds, boolean projectBinaries, IspacProject.Limits limits) {
        public static Options defaults() {
            return new Options(60, true, IspacProject.Limits.DEFAULT);
        }
    }

    private final SqlConnections connections;
    private final Options options;
    private final String source;
    private final MultiStatus status;
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "Liftshift query cancellation");
        thread.setDaemon(true);
        return thread;
    });

    private ServerImport(SqlConnections connections, Options options, String source) {
        this.connections = connections;
        this.options = options;
        this.source = source;
        this.status = new MultiStatus(EstateImport.PLUGIN_ID, 0, "Import of " + source, null);
    }

    /**
     * @param source the server as the user named it, for messages
     * @throws OperationCanceledException when the monitor is cancelled
     */
    public static EstateImport.Result importServer(SqlConnections connections, String source, Options options, IProgressMonitor monitor) {
        ServerImport run = new ServerImport(connections, options, source);
        try {
            return run.run(SubMonitor.convert(monitor, "Reading " + source, 100));
        } finally {
            run.watchdog.shutdownNow();
        }
    }

    private EstateImport.Result run(SubMonitor monitor) {
        EstateRows rows = new EstateRows();
        Map<DiscoveryQuery.Database, Connection> open = new EnumMap<>(DiscoveryQuery.Database.class);
        try {
            SubMonitor queries = monitor.split(60).setWorkRemaining(DiscoveryQuery.values().length);
            for (DiscoveryQuery query : DiscoveryQuery.values()) {
                SubMonitor step = queries.split(1);
                step.subTask(query.key());
                Connection connection = connection(open, query.database());
                if (connection != null) {
                    query(connection, query, step).ifPresent(result -> rows.put(query, result));
                }
            }
            Estate estate = EstateFactory.eINSTANCE.createEstate();
            estate.setName(source);
            if (open.values().stream().allMatch(java.util.Objects::isNull)) {
                // nothing could be read: an empty instance would only hide the failure in the model
                return new EstateImport.Result(estate, status);
            }
            SqlServerInstance instance = InstanceAssembler.assemble(rows, source, status);
            Connection ssisdb = open.get(DiscoveryQuery.Database.SSISDB);
            if (options.projectBinaries() && ssisdb != null && instance.getCatalog() != null) {
                projectBinaries(ssisdb, instance, monitor.split(30));
            }
            Connection msdb = open.get(DiscoveryQuery.Database.MSDB);
            if (msdb != null) {
                legacyPackages(msdb, instance, monitor.split(10));
            }
            estate.setName(instance.getName());
            estate.getInstances().add(instance);
            return new EstateImport.Result(estate, status);
        } finally {
            for (Connection connection : open.values()) {
                if (connection == null) {
                    continue;
                }
                try {
                    connection.close();
                } catch (SQLException e) {
                    // closing a read-only session cannot lose anything
                }
            }
        }
    }

    private Connection connection(Map<DiscoveryQuery.Database, Connection> open, DiscoveryQuery.Database database) {
        if (open.containsKey(database)) {
            return open.get(database);
        }
        Connection connection = null;
        try {
            connection = connections.open(database);
            connection.setReadOnly(true);
        } catch (SQLException e) {
            status.add(Status.error(source + ": cannot open " + database.sqlName() + ": " + e.getMessage() + " Fix: "
                    + (database == DiscoveryQuery.Database.SSISDB ? "check that the SSIS catalog exists on this server and that"
                            + " your login is a user of SSISDB (ssis_admin, or read permission on the folders)"
                            : "check the server name, the port and that your login is a user of msdb (SQLAgentReaderRole)"), e));
        }
        open.put(database, connection);
        return connection;
    }

    private java.util.Optional<List<Row>> query(Connection connection, DiscoveryQuery query, SubMonitor monitor) {
        try (Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(options.queryTimeoutSeconds());
            try (Watch watch = watch(statement, monitor); ResultSet result = statement.executeQuery(query.sql())) {
                return java.util.Optional.of(rows(result, monitor));
            }
        } catch (SQLException e) {
            if (monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            status.add(Status.error(source + ": " + query.database().sqlName() + " query '" + query.key() + "' failed: " + e.getMessage()
                    + " Fix: grant your login read access to " + query.sql().replaceFirst("(?s).* FROM ", "").split(" ")[0]
                    + ", or run the collector script (liftshift import --collector) as a DBA", e));
            return java.util.Optional.empty();
        }
    }

    private static List<Row> rows(ResultSet result, SubMonitor monitor) throws SQLException {
        ResultSetMetaData meta = result.getMetaData();
        List<Row> rows = new ArrayList<>();
        while (result.next()) {
            if (monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            Map<String, Object> values = new LinkedHashMap<>();
            for (int column = 1; column <= meta.getColumnCount(); column++) {
                Object value = result.getObject(column);
                values.put(meta.getColumnLabel(column).toLowerCase(Locale.ROOT), value instanceof byte[] ? null : value);
            }
            rows.add(new Row(values));
        }
        return rows;
    }

    /** Replaces the catalog's package list of each project by the packages of its deployed .ispac. */
    private void projectBinaries(Connection ssisdb, SqlServerInstance instance, SubMonitor monitor) {
        List<Project> projects = new ArrayList<>();
        instance.getCatalog().getFolders().forEach(folder -> projects.addAll(folder.getProjects()));
        monitor.setWorkRemaining(projects.size());
        for (Project project : projects) {
            CatalogFolder folder = (CatalogFolder) project.eContainer();
            monitor.subTask(folder.getName() + "/" + project.getName());
            try (CallableStatement call = ssisdb.prepareCall(DiscoveryQuery.GET_PROJECT)) {
                call.setQueryTimeout(options.queryTimeoutSeconds());
                call.setString(1, folder.getName());
                call.setString(2, project.getName());
                try (Watch watch = watch(call, monitor); ResultSet result = call.executeQuery()) {
                    if (result.next()) {
                        try (InputStream ispac = result.getBinaryStream(1)) {
                            attachPackages(project, ispac);
                        }
                    }
                }
            } catch (SQLException | IOException | ImportException e) {
                if (monitor.isCanceled()) {
                    throw new OperationCanceledException();
                }
                status.add(Status.warning(source + ": the packages of " + folder.getName() + "/" + project.getName()
                        + " were listed but not read: " + e.getMessage() + " Fix: grant READ on the project to your login, or"
                        + " import the project's .ispac file", e));
            }
            monitor.worked(1);
        }
    }

    private void attachPackages(Project project, InputStream ispac) throws IOException, ImportException {
        Path file = Files.createTempFile("liftshift-", ".ispac");
        try {
            try (var out = Files.newOutputStream(file)) {
                long copied = ispac.transferTo(out);
                if (copied > options.limits().maxTotalBytes()) {
                    throw new IOException("the project is larger than " + options.limits().maxTotalBytes() + " bytes");
                }
            }
            Project read;
            try (IspacProject archive = new IspacProject(file, options.limits())) {
                String where = source + ":SSISDB/" + ((CatalogFolder) project.eContainer()).getName() + "/" + project.getName();
                archive.refused().forEach(problem -> status.add(Status.warning(where + ": " + problem.getMessage())));
                read = ProjectAssembler.assemble(archive, problem -> status.add(Status.warning(where + ": " + problem.getMessage())));
            }
            for (Package pkg : List.copyOf(read.getPackages())) {
                Package listed = project.getPackages().stream().filter(p -> p.getName().equalsIgnoreCase(pkg.getName())
                        || p.getName().equalsIgnoreCase(pkg.getName() + ".dtsx")).findFirst().orElse(null);
                pkg.setSourcePath("SSISDB/" + ((CatalogFolder) project.eContainer()).getName() + "/" + project.getName() + "/"
                        + (listed != null ? listed.getName() : pkg.getName()));
                if (listed != null) {
                    pkg.setEntryPoint(listed.isEntryPoint());
                    pkg.getParameters().addAll(0, listed.getParameters().stream().filter(p -> pkg.getParameters().stream()
                            .noneMatch(q -> q.getName().equalsIgnoreCase(p.getName()))).toList());
                    pkg.setName(listed.getName());
                    replace(listed, pkg);
                } else {
                    project.getPackages().add(pkg);
                }
            }
            project.getConnectionManagers().addAll(read.getConnectionManagers());
            project.setProtectionLevel(read.getProtectionLevel());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private void legacyPackages(Connection msdb, SqlServerInstance instance, SubMonitor monitor) {
        monitor.setWorkRemaining(instance.getMsdbPackages().size());
        for (Package listed : List.copyOf(instance.getMsdbPackages())) {
            try (PreparedStatement select = msdb.prepareStatement(DiscoveryQuery.LEGACY_PACKAGE_DATA)) {
                select.setQueryTimeout(options.queryTimeoutSeconds());
                select.setString(1, listed.getPackageId());
                try (Watch watch = watch(select, monitor); ResultSet result = select.executeQuery()) {
                    if (result.next()) {
                        try (InputStream xml = result.getBinaryStream(1)) {
                            if (xml != null) {
                                Package pkg = PackageReader.read(xml, source + ":msdb/" + listed.getName());
                                pkg.setSourcePath(listed.getSourcePath());
                                pkg.setName(listed.getName());
                                replace(listed, pkg);
                            }
                        }
                    }
                }
            } catch (SQLException | IOException | ImportException e) {
                if (monitor.isCanceled()) {
                    throw new OperationCanceledException();
                }
                status.add(Status.warning(source + ": msdb package " + listed.getName() + " was listed but not read: " + e.getMessage(), e));
            }
            monitor.worked(1);
        }
    }

    /** Puts {@code read} where {@code listed} was, and points what referred to it (job steps) at it. */
    private static void replace(Package listed, Package read) {
        EObject root = EcoreUtil.getRootContainer(listed);
        for (EStructuralFeature.Setting setting : EcoreUtil.UsageCrossReferencer.find(listed, root)) {
            setting.set(read);
        }
        EcoreUtil.replace(listed, read);
    }

    /** Cancels the running statement as soon as the monitor is cancelled. */
    private Watch watch(Statement statement, IProgressMonitor monitor) {
        ScheduledFuture<?> future = watchdog.scheduleWithFixedDelay(() -> {
            if (monitor.isCanceled()) {
                try {
                    statement.cancel();
                } catch (SQLException e) {
                    // the statement has finished or the driver cannot cancel: the timeout still applies
                }
            }
        }, 100, 100, TimeUnit.MILLISECONDS);
        return () -> future.cancel(false);
    }

    private interface Watch extends AutoCloseable {
        @Override
        void close();
    }
}
