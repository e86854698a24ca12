package org.liftshift.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenJDKLevel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Runs the EMF generator for the Liftshift models outside Eclipse.
 * <p>
 * The two projects are copied into a work folder without their generated parts, generated there,
 * and then either compared with the repository ({@code check}) or copied back ({@code regen}). The
 * generator never touches hand-written files in the repository: only {@code src-gen/}, the edit
 * icons and the edit {@code plugin.properties} come back.
 */
public final class GenerateModels {

    static final String MODEL = "org.liftshift.model";
    static final String EDIT = "org.liftshift.model.edit";
    static final String GENMODEL = "model/liftshift.genmodel";
    static final List<String> ECORES = List.of("estate.ecore", "target.ecore", "plan.ecore");

    /** What the generator writes from scratch, per project: left out of the work copy. */
    static final Map<String, List<String>> GENERATED = Map.of(MODEL, List.of("src-gen"), //
            EDIT, List.of("src-gen", "icons/full", "plugin.properties"));

    /** What is compared in check mode and copied back in regen mode: the generated parts and the genmodel. */
    static final Map<String, List<String>> OUTPUTS = Map.of(MODEL, List.of("src-gen", GENMODEL), //
            EDIT, List.of("src-gen", "icons/full", "plugin.properties"));

    private GenerateModels() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3 || !Set.of("check", "regen").contains(args[0])) {
            System.err.println("usage: GenerateModels check|regen <repository-root> <work-folder>");
            System.exit(2);
        }
        Path root = Path.of(args[1]).toAbsolutePath().normalize();
        Path work = Path.of(args[2]).toAbsolutePath().normalize();
        List<String> problems = run(args[0].equals("regen"), root, work);
        if (!problems.isEmpty()) {
            problems.forEach(System.err::println);
            System.exit(1);
        }
    }

    static List<String> run(boolean regen, Path root, Path work) throws IOException {
        Path bundles = root.resolve("bundles");
        deleteTree(work);
        for (String project : GENERATED.keySet()) {
            copyHandWritten(bundles.resolve(project), work.resolve(project), GENERATED.get(project));
        }
        boolean genModelCreated = generate(work);

        List<String> problems = new ArrayList<>();
        if (genModelCreated) {
            System.out.println("Created " + GENMODEL + " from the .ecore files");
        }
        for (var entry : OUTPUTS.entrySet()) {
            for (String part : entry.getValue()) {
                Path generated = work.resolve(entry.getKey()).resolve(part);
                Path committed = bundles.resolve(entry.getKey()).resolve(part);
                if (regen) {
                    deleteTree(committed);
                    copyTree(generated, committed);
                } else {
                    problems.addAll(differences(generated, committed, root));
                }
            }
        }
        if (!regen && !problems.isEmpty()) {
            problems.add(0, "Generated EMF code is out of date with model/*.ecore and " + GENMODEL + ".");
            problems.add("Regenerate with: ./mvnw -f releng/org.liftshift.codegen/pom.xml -Pregenerate process-classes");
        }
        return problems;
    }

    /** Generates model and edit code into the work folder; returns whether the genmodel was created. */
    static boolean generate(Path work) throws IOException {
        EcorePlugin.getPlatformResourceMap().put(MODEL, URI.createFileURI(work.resolve(MODEL) + "/"));
        EcorePlugin.getPlatformResourceMap().put(EDIT, URI.createFileURI(work.resolve(EDIT) + "/"));
        GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);

        ResourceSet resources = new ResourceSetImpl();
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl());
        resources.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
        resources.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);

        URI genModelUri = URI.createPlatformResourceURI(MODEL + "/" + GENMODEL, true);
        boolean created = !Files.exists(work.resolve(MODEL).resolve(GENMODEL));
        GenModel genModel = created ? createGenModel(resources, genModelUri) : reload(resources, genModelUri);
        genModel.eResource().save(Map.of(XMLResource.OPTION_ENCODING, "UTF-8"));
        genModel.setCanGenerate(true);

        Diagnostic valid = genModel.diagnose();
        if (valid.getSeverity() == Diagnostic.ERROR) {
            throw new IllegalStateException("Invalid genmodel: " + valid);
        }
        Generator generator = new Generator();
        generator.setInput(genModel);
        for (String type : List.of(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
                GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE)) {
            Diagnostic result = generator.generate(genModel, type, new BasicMonitor());
            if (result.getSeverity() == Diagnostic.ERROR) {
                throw new IllegalStateException("EMF generation failed for " + type + ": " + result);
            }
        }
        return created;
    }

    /**
     * Rebuilds the genmodel from the current .ecore files and carries the settings of the saved one
     * over, as Eclipse's "Reload" does: {@code GenModel.reconcile()} alone never adds generator
     * entries for classes or features that are new in the .ecore files.
     */
    private static GenModel reload(ResourceSet resources, URI uri) {
        GenModel saved = (GenModel) resources.getResource(uri, true).getContents().get(0);
        EcoreUtil.resolveAll(saved);
        List<EPackage> packages = new ArrayList<>();
        for (GenPackage genPackage : saved.getGenPackages()) {
            packages.add(genPackage.getEcorePackage());
        }
        GenModel fresh = GenModelFactory.eINSTANCE.createGenModel();
        fresh.initialize(packages);
        fresh.getForeignModel().addAll(saved.getForeignModel());
        fresh.setImporterID(saved.getImporterID());
        saved.eResource().getContents().set(0, fresh);
        fresh.reconcile(saved);
        return fresh;
    }

    /** Creates the genmodel the first time, with the project's conventions (see style.md). */
    private static GenModel createGenModel(ResourceSet resources, URI uri) throws IOException {
        List<EPackage> packages = new ArrayList<>();
        for (String ecore : ECORES) {
            URI ecoreUri = URI.createPlatformResourceURI(MODEL + "/model/" + ecore, true);
            packages.add((EPackage) resources.getResource(ecoreUri, true).getContents().get(0));
        }
        GenModel genModel = GenModelFactory.eINSTANCE.createGenModel();
        genModel.initialize(packages);
        Resource resource = resources.createResource(uri);
        resource.getContents().add(genModel);
        genModel.setModelName("Liftshift");
        genModel.setModelPluginID(MODEL);
        genModel.setModelDirectory("/" + MODEL + "/src-gen");
        genModel.setEditPluginID(EDIT);
        genModel.setEditDirectory("/" + EDIT + "/src-gen");
        genModel.setEditPluginClass("org.liftshift.model.edit.provider.LiftshiftEditPlugin");
        genModel.setComplianceLevel(GenJDKLevel.JDK210_LITERAL);
        genModel.setOSGiCompatible(true);
        genModel.setBundleManifest(true);
        genModel.setUpdateClasspath(false);
        genModel.setCodeFormatting(true);
        genModel.setImportOrganizing(true);
        genModel.setOperationReflection(true);
        genModel.setCopyrightText("Copyright (c) 2026 the Liftshift authors.\nGenerated by EMF from the .ecore files in model/: do not edit.");
        genModel.setImporterID("org.eclipse.emf.importer.ecore");
        genModel.setRootExtendsClass("org.eclipse.emf.ecore.impl.MinimalEObjectImpl$Container");
        for (String ecore : ECORES) {
            genModel.getForeignModel().add(ecore);
        }
        for (GenPackage genPackage : genModel.getGenPackages()) {
            genPackage.setBasePackage("org.liftshift.model");
            genPackage.setPrefix(Character.toUpperCase(genPackage.getEcorePackage().getName().charAt(0))
                    + genPackage.getEcorePackage().getName().substring(1));
            genPackage.setDisposableProviderFactory(true);
        }
        resource.save(Map.of(XMLResource.OPTION_ENCODING, "UTF-8"));
        return genModel;
    }

    /** Relative paths that differ, or exist on one side only. */
    static List<String> differences(Path generated, Path committed, Path root) throws IOException {
        Set<String> all = new TreeSet<>();
        all.addAll(files(generated));
        all.addAll(files(committed));
        List<String> problems = new ArrayList<>();
        for (String file : all) {
            Path a = generated.resolve(file);
            Path b = committed.resolve(file);
            String shown = root.relativize(committed.resolve(file)).toString();
            if (!Files.exists(b)) {
                problems.add("  missing: " + shown);
            } else if (!Files.exists(a)) {
                problems.add("  not generated (stale): " + shown);
            } else if (Files.mismatch(a, b) != -1) {
                problems.add("  differs: " + shown);
            }
        }
        return problems;
    }

    private static Set<String> files(Path dir) throws IOException {
        Set<String> files = new TreeSet<>();
        if (Files.isRegularFile(dir)) {
            files.add("");
        } else if (Files.isDirectory(dir)) {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.filter(Files::isRegularFile).forEach(p -> files.add(dir.relativize(p).toString()));
            }
        }
        return files;
    }

    private static void copyHandWritten(Path from, Path to, List<String> generatedParts) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : (Iterable<Path>) walk::iterator) {
                Path relative = from.relativize(source);
                String first = relative.getNameCount() == 0 ? "" : relative.getName(0).toString();
                if (first.equals("target") || first.equals("bin")
                        || generatedParts.stream().anyMatch(part -> relative.toString().equals(part)
                                || relative.startsWith(part))) {
                    continue;
                }
                Path target = to.resolve(relative.toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    copy(source, target);
                }
            }
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        if (Files.isRegularFile(from)) {
            copy(from, to);
            return;
        }
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : (Iterable<Path>) walk::iterator) {
                if (Files.isRegularFile(source)) {
                    copy(source, to.resolve(from.relativize(source).toString()));
                }
            }
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        Files.copy(from, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    static void deleteTree(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            walk.sorted(Collections.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
