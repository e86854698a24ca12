package org.liftshift.importer.internal.project;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.liftshift.importer.ImportException;
import org.liftshift.importer.internal.dtsx.PackageReader;
import org.liftshift.model.estate.ConnectionManager;
import org.liftshift.model.estate.EstateFactory;
import org.liftshift.model.estate.Package;
import org.liftshift.model.estate.Project;

/**
 * Builds a project from its source: the manifest, then project connection managers and parameters,
 * then each package, whose references to project connection managers resolve to them. A file that
 * cannot be read is reported and skipped; the rest of the project is still imported.
 */
public final class ProjectAssembler {

    private ProjectAssembler() {
    }

    /**
     * @param problems receives every file of the project that could not be imported
     * @throws ImportException when the project's manifest itself cannot be read
     */
    public static Project assemble(ProjectSource source, Consumer<ImportException> problems) throws ImportException {
        ProjectManifest manifest;
        try (InputStream in = source.manifest()) {
            manifest = ProjectManifest.read(in, source.location());
        } catch (IOException e) {
            throw unreadable(source.location(), e);
        }
        Project project = EstateFactory.eINSTANCE.createProject();
        project.setName(manifest.name() == null || manifest.name().isBlank() ? source.defaultName() : manifest.name());
        project.setProtectionLevel(manifest.protectionLevel());
        project.setDeploymentModel(manifest.deploymentModel());
        project.setVersion(manifest.version());
        project.setSourcePath(source.location());

        List<String> entries;
        try {
            entries = source.entries();
        } catch (IOException e) {
            throw unreadable(source.location(), e);
        }
        Map<String, ConnectionManager> connections = new HashMap<>();
        for (String entry : entries) {
            String lower = entry.toLowerCase(Locale.ROOT);
            try {
                if (lower.endsWith(".conmgr")) {
                    try (InputStream in = source.open(entry)) {
                        ConnectionManager manager = ProjectConnectionManager.read(in, source.describe(entry));
                        project.getConnectionManagers().add(manager);
                        register(connections, manager);
                    }
                } else if (lower.endsWith(".params")) {
                    try (InputStream in = source.open(entry)) {
                        project.getParameters().addAll(ProjectParameters.read(in, source.describe(entry)));
                    }
                }
            } catch (ImportException e) {
                problems.accept(e);
            } catch (IOException e) {
                problems.accept(unreadable(source.describe(entry), e));
            }
        }
        List<ProjectManifest.Entry> packages = manifest.packages().isEmpty()
                ? entries.stream().filter(e -> e.toLowerCase(Locale.ROOT).endsWith(".dtsx"))
                        .map(e -> new ProjectManifest.Entry(e, false)).toList()
                : manifest.packages();
        for (ProjectManifest.Entry entry : packages) {
            String name = entry.name().replace('\\', '/');
            try (InputStream in = source.open(name)) {
                Package pkg = PackageReader.read(in, source.describe(name), connections::get);
                pkg.setEntryPoint(entry.entryPoint());
                project.getPackages().add(pkg);
            } catch (ImportException e) {
                problems.accept(e);
            } catch (NoSuchFileException e) {
                problems.accept(ImportException.warning(source.describe(name), "the project lists this package, but it is not there",
                        "copy the package into the project folder, or remove it from the project in SSDT"));
            } catch (IOException e) {
                problems.accept(unreadable(source.describe(name), e));
            }
        }
        return project;
    }

    private static void register(Map<String, ConnectionManager> connections, ConnectionManager manager) {
        if (manager.getConnectionManagerId() != null) {
            connections.put(manager.getConnectionManagerId(), manager);
            connections.put(manager.getConnectionManagerId() + ":external", manager);
        }
        if (manager.getName() != null) {
            connections.put("Project.ConnectionManagers[" + manager.getName() + "]", manager);
        }
    }

    static ImportException unreadable(String file, IOException e) {
        if (e instanceof IspacProject.TooLarge) {
            return new ImportException(file, 0, 0, e.getMessage(), "check where the archive came from; SSDT builds small ones");
        }
        return ImportException.unreadable(file, e);
    }
}
