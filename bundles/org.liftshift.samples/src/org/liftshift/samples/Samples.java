package org.liftshift.samples;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.liftshift.model.persistence.MigrationFileException;
import org.liftshift.model.persistence.MigrationFiles;
import org.liftshift.model.plan.MigrationPlan;

/**
 * The migration designs bundled with Liftshift. Each is built in code ({@link ContosoSample},
 * {@link ViolationsSample}) and shipped as the {@code .liftshift} file that code writes, with ids
 * derived from the content so that the file is the same every time it is written.
 */
public enum Samples {

    /** The Contoso migration: three topologies, valid. The default design of the command line. */
    CONTOSO("contoso.liftshift", () -> ContosoSample.build().plan),
    /** The Contoso migration with every design rule broken at least once. */
    CONTOSO_VIOLATIONS("contoso-violations.liftshift", ViolationsSample::build);

    private final String fileName;
    private final Supplier<MigrationPlan> builder;

    Samples(String fileName, Supplier<MigrationPlan> builder) {
        this.fileName = fileName;
        this.builder = builder;
    }

    public String fileName() {
        return fileName;
    }

    /** A new, unsaved copy of the design, built in code. */
    public MigrationPlan build() {
        return builder.get();
    }

    /** The bundled file's content. */
    public byte[] bundledContent() throws IOException {
        try (InputStream in = Samples.class.getResourceAsStream("/samples/" + fileName)) {
            if (in == null) {
                throw new IOException("The bundled sample " + fileName + " is missing from org.liftshift.samples");
            }
            return in.readAllBytes();
        }
    }

    /** Loads the bundled file. */
    public MigrationPlan loadBundled() throws MigrationFileException {
        Path name = Path.of(fileName);
        try {
            return MigrationFiles.load(name, bundledContent(), List.of());
        } catch (MigrationFileException e) {
            throw e;
        } catch (IOException e) {
            throw new MigrationFileException(name, e.getMessage(), "reinstall Liftshift", e);
        }
    }

    /** Builds the design and writes it to {@code file}, with content-derived ids. */
    public void write(Path file) throws MigrationFileException {
        MigrationPlan plan = build();
        Resource resource = MigrationFiles.newResourceSet()
                .createResource(URI.createFileURI(file.toAbsolutePath().toString()));
        resource.getContents().add(plan);
        assignIds((XMLResource) resource);
        MigrationFiles.save(plan, file);
    }

    /** Ids from the object's type and its position in the design, in place of random UUIDs. */
    static void assignIds(XMLResource resource) {
        int counter = 0;
        for (Iterator<EObject> it = resource.getAllContents(); it.hasNext();) {
            EObject object = it.next();
            resource.setID(object, object.eClass().getName() + "-" + ++counter);
        }
    }

    /** Regenerates the bundled files: {@code Samples <folder>}. */
    public static void main(String[] args) throws MigrationFileException {
        Path folder = Path.of(args.length == 0 ? "samples" : args[0]);
        for (Samples sample : values()) {
            sample.write(folder.resolve(sample.fileName));
        }
    }
}
