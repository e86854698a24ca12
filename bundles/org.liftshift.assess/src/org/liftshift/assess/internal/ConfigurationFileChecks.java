package org.liftshift.assess.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.liftshift.model.connections.ConnectionStrings;
import org.liftshift.model.estate.ConfigurationFile;
import org.liftshift.model.estate.ConfiguredValue;
import org.liftshift.model.estate.ConnectionManager;
import org.liftshift.model.estate.Estate;
import org.liftshift.model.estate.EstateFactory;
import org.liftshift.model.estate.Package;
import org.liftshift.model.estate.PackageConfiguration;
import org.liftshift.model.estate.Project;

/**
 * The values legacy configuration files set at run time are judged like the package's own: a
 * configured connection string by the connection rules, run on a copy of the connection it
 * replaces, and any other value by the local path rule.
 */
final class ConfigurationFileChecks {

    /** {@code \Package.Connections[Name].Properties[Property]}. */
    private static final Pattern CONNECTION_PROPERTY = Pattern.compile("^\\\\Package\\.Connections\\[(.*)\\]\\.Properties\\[([^\\]]*)\\]$");

    private ConfigurationFileChecks() {
    }

    static void check(Estate estate, Findings findings) {
        if (estate.getConfigurationFiles().isEmpty()) {
            return;
        }
        Map<ConfigurationFile, List<Package>> readers = readers(estate);
        for (ConfigurationFile file : estate.getConfigurationFiles()) {
            for (ConfiguredValue value : file.getValues()) {
                if (!value.isSensitive() && value.getValue() != null) {
                    check(value, file, readers.getOrDefault(file, List.of()), findings);
                }
            }
        }
    }

    private static void check(ConfiguredValue value, ConfigurationFile file, List<Package> readers, Findings findings) {
        Findings about = findings.about(value, file.getName() + " sets " + value.getPath() + ": ");
        Matcher connection = CONNECTION_PROPERTY.matcher(value.getPath() == null ? "" : value.getPath().strip());
        if (connection.matches() && (connection.group(2).equalsIgnoreCase("ConnectionString")
                || connection.group(2).equalsIgnoreCase("ServerName"))) {
            ConnectionManager configured = configuredCopy(connection.group(1), readers);
            if (connection.group(2).equalsIgnoreCase("ServerName")) {
                configured.setServer(value.getValue());
            } else {
                ConnectionStrings.apply(configured, value.getValue());
            }
            ConnectionChecks.check(configured, about);
        } else {
            PackageChecks.localPath(value, value.getPath(), value.getValue(), about);
        }
    }

    /** The connection as the package that reads the file has it, or a connection of unknown type when none has it. */
    private static ConnectionManager configuredCopy(String name, List<Package> readers) {
        for (Package pkg : readers) {
            List<ConnectionManager> managers = new ArrayList<>(pkg.getConnectionManagers());
            if (pkg.eContainer() instanceof Project project) {
                managers.addAll(project.getConnectionManagers());
            }
            for (ConnectionManager manager : managers) {
                if (name.equals(manager.getName())) {
                    return EcoreUtil.copy(manager);
                }
            }
        }
        ConnectionManager unknown = EstateFactory.eINSTANCE.createConnectionManager();
        unknown.setName(name);
        return unknown;
    }

    /** The packages whose XML configurations read each file, found in one pass over the estate. */
    private static Map<ConfigurationFile, List<Package>> readers(Estate estate) {
        Map<ConfigurationFile, List<Package>> readers = new HashMap<>();
        estate.eAllContents().forEachRemaining(object -> {
            if (object instanceof PackageConfiguration configuration && configuration.getFile() != null
                    && configuration.eContainer() instanceof Package pkg) {
                List<Package> packages = readers.computeIfAbsent(configuration.getFile(), f -> new ArrayList<>());
                if (!packages.contains(pkg)) {
                    packages.add(pkg);
                }
            }
        });
        return readers;
    }
}
