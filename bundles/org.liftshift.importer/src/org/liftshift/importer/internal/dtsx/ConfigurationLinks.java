package org.liftshift.importer.internal.dtsx;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.liftshift.importer.ImportException;
import org.liftshift.model.estate.ConfigurationFile;
import org.liftshift.model.estate.ConfigurationType;
import org.liftshift.model.estate.Estate;
import org.liftshift.model.estate.Package;
import org.liftshift.model.estate.PackageConfiguration;

/**
 * Links the XML configurations of imported packages to the imported {@code .dtsConfig} files. A
 * package names its file by a path on the customer's servers, which Liftshift does not have, so the
 * file name decides; among files of the same name, the one in the package's folder wins.
 */
public final class ConfigurationLinks {

    private ConfigurationLinks() {
    }

    /** Sets {@link PackageConfiguration#getFile()} wherever one imported file matches; reports names that match several. */
    public static void link(Estate estate, Consumer<ImportException> problems) {
        if (estate.getConfigurationFiles().isEmpty()) {
            return;
        }
        for (var contents = estate.eAllContents(); contents.hasNext();) {
            EObject object = contents.next();
            if (object instanceof PackageConfiguration configuration && configuration.getType() == ConfigurationType.XML_FILE
                    && configuration.getFile() == null) {
                ConfigurationFile file = match(estate.getConfigurationFiles(), configuration, problems);
                configuration.setFile(file);
            }
        }
    }

    private static ConfigurationFile match(List<ConfigurationFile> files, PackageConfiguration configuration,
            Consumer<ImportException> problems) {
        String name = fileName(configuration.getConfigurationString());
        List<ConfigurationFile> named = new ArrayList<>();
        for (ConfigurationFile file : files) {
            if (file.getName().equalsIgnoreCase(name)) {
                named.add(file);
            }
        }
        if (named.size() <= 1) {
            return named.isEmpty() ? null : named.get(0);
        }
        Package pkg = configuration.eContainer() instanceof Package container ? container : null;
        String folder = pkg == null ? null : folder(pkg.getSourcePath());
        List<ConfigurationFile> beside = named.stream().filter(f -> Objects.equals(folder(f.getSourcePath()), folder)).toList();
        if (beside.size() == 1) {
            return beside.get(0);
        }
        problems.accept(ImportException.warning(pkg == null ? name : pkg.getSourcePath(), "configuration '" + configuration.getName()
                + "' reads " + name + ", and " + named.size() + " imported files have that name, none of them beside the package",
                "import the package with the one configuration file it uses, or put that file in the package's folder"));
        return null;
    }

    /** The last segment of a Windows or Unix path, as the package stores it. */
    private static String fileName(String path) {
        String trimmed = path == null ? "" : path.strip();
        return trimmed.substring(lastSeparator(trimmed) + 1);
    }

    private static String folder(String path) {
        return path == null ? null : path.substring(0, Math.max(lastSeparator(path), 0));
    }

    private static int lastSeparator(String path) {
        return Math.max(path.lastIndexOf('\\'), path.lastIndexOf('/'));
    }
}
