package org.liftshift.model.persistence;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.liftshift.model.estate.Estate;
import org.liftshift.model.estate.EstateFactory;
import org.liftshift.model.estate.EstatePackage;
import org.liftshift.model.plan.MigrationPlan;
import org.liftshift.model.plan.PlanFactory;
import org.liftshift.model.plan.PlanPackage;
import org.liftshift.model.target.AzureTarget;
import org.liftshift.model.target.TargetFactory;
import org.liftshift.model.target.TargetPackage;
import org.xml.sax.SAXParseException;

/**
 * Reads and writes {@code .liftshift} migration files.
 * <p>
 * Saving is atomic: the new content is written to a temporary file beside the target and forced to
 * disk, the previous content is kept as {@code <name>.bak}, and the temporary file then replaces the
 * target in one rename. A failed save leaves the existing file as it was. Loading never writes.
 */
public final class MigrationFiles {

    /** The format version this Liftshift writes. */
    public static final int FORMAT_VERSION = 1;

    /** Suffix of the copy of the previous content kept by every save. */
    public static final String BACKUP_SUFFIX = ".bak";

    private MigrationFiles() {
    }

    /** A resource set that reads and writes migration files, inside or outside OSGi. */
    public static ResourceSet newResourceSet() {
        ResourceSet set = LiftshiftResourceFactory.register(new ResourceSetImpl());
        set.getPackageRegistry().put(EstatePackage.eNS_URI, EstatePackage.eINSTANCE);
        set.getPackageRegistry().put(TargetPackage.eNS_URI, TargetPackage.eINSTANCE);
        set.getPackageRegistry().put(PlanPackage.eNS_URI, PlanPackage.eINSTANCE);
        return set;
    }

    /** A design with nothing in it yet: an empty estate of the same name and an empty Azure target. */
    public static MigrationPlan newPlan(String name) {
        MigrationPlan plan = PlanFactory.eINSTANCE.createMigrationPlan();
        plan.setName(name);
        Estate estate = EstateFactory.eINSTANCE.createEstate();
        estate.setName(name);
        plan.setEstate(estate);
        AzureTarget target = TargetFactory.eINSTANCE.createAzureTarget();
        target.setName(name);
        plan.setTarget(target);
        plan.setFormatVersion(FORMAT_VERSION);
        return plan;
    }

    /** Loads a migration file, bringing older formats up to date in memory (the file is not rewritten). */
    public static MigrationPlan load(Path file) throws MigrationFileException {
        return load(file, List.of());
    }

    /** As {@link #load(Path)}, with the format upgrades to apply to files older than {@link #FORMAT_VERSION}. */
    public static MigrationPlan load(Path file, List<FormatUpgrade> upgrades) throws MigrationFileException {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new MigrationFileException(file, "the file does not exist", "check the path", e);
        } catch (IOException e) {
            throw new MigrationFileException(file, "the file cannot be read: " + e, "check its permissions", e);
        }
        return load(file, content, upgrades);
    }

    /**
     * Loads a migration plan from content read elsewhere (a bundled sample, an editor buffer);
     * {@code name} is used in error messages and as the resource's location.
     */
    public static MigrationPlan load(Path name, byte[] content, List<FormatUpgrade> upgrades)
            throws MigrationFileException {
        Path file = name;
        int version = readFormatVersion(file, content);
        if (version > FORMAT_VERSION) {
            throw new MigrationFileException(file, "the file is in format version " + version
                    + ", written by a newer Liftshift than this one (format " + FORMAT_VERSION + ")",
                    "open it with the Liftshift version that wrote it, or a newer one; this file was not changed");
        }
        ResourceSet set = newResourceSet();
        Resource resource = set.createResource(URI.createFileURI(file.toAbsolutePath().toString()));
        try (InputStream in = new ByteArrayInputStream(content)) {
            resource.load(in, null);
        } catch (IOException | RuntimeException e) {
            throw unreadable(file, e);
        }
        if (!resource.getErrors().isEmpty()) {
            Resource.Diagnostic first = resource.getErrors().get(0);
            throw new MigrationFileException(file, first.getLine(), first.getColumn(), clean(first.getMessage()),
                    "correct the element at that position, or restore " + file.getFileName() + BACKUP_SUFFIX,
                    null);
        }
        if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof MigrationPlan)) {
            throw new MigrationFileException(file, "the file does not hold exactly one migration plan",
                    "open a .liftshift file written by Liftshift");
        }
        MigrationPlan plan = (MigrationPlan) resource.getContents().get(0);
        upgrade(plan, version, upgrades, file);
        return plan;
    }

    /** Saves the plan to {@code file} atomically, keeping the previous content as {@code file.bak}. */
    public static void save(MigrationPlan plan, Path file) throws MigrationFileException {
        List<String> sensitive = SensitiveValues.find(plan);
        if (!sensitive.isEmpty()) {
            throw new MigrationFileException(file, "refusing to save the values of sensitive " + String.join(", ", sensitive),
                    "clear those values: sensitive values stay in secure storage or Key Vault, never in a migration file");
        }
        List<String> unwritable = UnwritableCharacters.find(plan);
        if (!unwritable.isEmpty()) {
            throw new MigrationFileException(file, "a migration file cannot hold the control characters in " + String.join(", ", unwritable),
                    "remove those characters (often pasted with a name) and save again; the file was not changed");
        }
        plan.setFormatVersion(FORMAT_VERSION);
        Path target = file.toAbsolutePath();
        Resource resource = plan.eResource();
        if (resource == null) {
            resource = newResourceSet().createResource(URI.createFileURI(target.toString()));
            resource.getContents().add(plan);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            resource.save(bytes, null);
        } catch (IOException | RuntimeException e) {
            throw new MigrationFileException(file, "the plan cannot be serialised: " + e.getMessage(),
                    "check the plan for references to objects outside it; the file was not changed", e);
        }
        try {
            writeAtomically(target, bytes.toByteArray());
        } catch (IOException e) {
            throw new MigrationFileException(file, "the file could not be written: " + e,
                    "check that the folder exists and is writable and the disk has space; the previous content is unchanged",
                    e);
        }
        resource.setURI(URI.createFileURI(target.toString()));
    }

    static void writeAtomically(Path target, byte[] content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        String name = target.getFileName().toString();
        if (Files.exists(target)) {
            // the previous version stays beside the file as a backup, itself replaced atomically
            AtomicFiles.writeDurably(dir.resolve(name + BACKUP_SUFFIX), Files.readAllBytes(target));
        }
        AtomicFiles.writeDurably(target, content);
    }

    /**
     * Reads the format version from the root element without loading the model, so that a file from a
     * newer Liftshift is recognised before its unknown content causes confusing errors.
     */
    static int readFormatVersion(Path file, byte[] content) throws MigrationFileException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        try (InputStream in = new ByteArrayInputStream(content)) {
            XMLStreamReader reader = factory.createXMLStreamReader(in);
            try {
                while (reader.hasNext()) {
                    int event = reader.next();
                    if (event == XMLStreamConstants.DTD) {
                        throw new MigrationFileException(file, reader.getLocation().getLineNumber(),
                                reader.getLocation().getColumnNumber(), "the file declares a DOCTYPE",
                                "migration files never contain DOCTYPE declarations; remove it", null);
                    }
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        return rootVersion(file, reader);
                    }
                }
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNumber();
            throw new MigrationFileException(file, line, column, "the file is not well-formed XML: " + clean(e.getMessage()),
                    "restore " + file.getFileName() + BACKUP_SUFFIX + ", the copy kept by the previous save", e);
        } catch (IOException e) {
            throw new MigrationFileException(file, "the file cannot be read: " + e, "check its permissions", e);
        }
        throw new MigrationFileException(file, "the file is empty", "restore " + file.getFileName() + BACKUP_SUFFIX
                + ", the copy kept by the previous save");
    }

    private static int rootVersion(Path file, XMLStreamReader reader) throws MigrationFileException {
        if (!PlanPackage.eNS_URI.equals(reader.getNamespaceURI()) || !"MigrationPlan".equals(reader.getLocalName())) {
            throw new MigrationFileException(file, reader.getLocation().getLineNumber(),
                    reader.getLocation().getColumnNumber(),
                    "the root element is " + reader.getName() + ", not a Liftshift migration plan",
                    "open a .liftshift file written by Liftshift", null);
        }
        String version = reader.getAttributeValue(null, "formatVersion");
        if (version == null) {
            return 1; // the first format did not always write its version
        }
        try {
            return Integer.parseInt(version.trim());
        } catch (NumberFormatException e) {
            throw new MigrationFileException(file, reader.getLocation().getLineNumber(),
                    reader.getLocation().getColumnNumber(), "the format version '" + version + "' is not a number",
                    "restore " + file.getFileName() + BACKUP_SUFFIX, e);
        }
    }

    private static void upgrade(MigrationPlan plan, int fileVersion, List<FormatUpgrade> upgrades, Path file)
            throws MigrationFileException {
        int version = fileVersion;
        List<FormatUpgrade> ordered = upgrades.stream().sorted(Comparator.comparingInt(FormatUpgrade::fromVersion))
                .toList();
        for (FormatUpgrade step : ordered) {
            if (step.fromVersion() == version && version < FORMAT_VERSION) {
                step.upgrade(plan);
                version++;
            }
        }
        if (version < FORMAT_VERSION) {
            throw new MigrationFileException(file, "no upgrade from format version " + version + " to "
                    + FORMAT_VERSION + " is known", "open the file with the Liftshift version that wrote it and save it again", null);
        }
        plan.setFormatVersion(FORMAT_VERSION);
    }

    private static MigrationFileException unreadable(Path file, Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SAXParseException sax) {
                return new MigrationFileException(file, sax.getLineNumber(), sax.getColumnNumber(),
                        "the file is not well-formed XML: " + clean(sax.getMessage()),
                        "restore " + file.getFileName() + BACKUP_SUFFIX + ", the copy kept by the previous save", error);
            }
            if (cause instanceof XMIException xmi) {
                return new MigrationFileException(file, xmi.getLine(), xmi.getColumn(), clean(xmi.getMessage()),
                        "correct the element at that position, or restore " + file.getFileName() + BACKUP_SUFFIX, error);
            }
        }
        return new MigrationFileException(file, "the file cannot be read: " + clean(String.valueOf(error.getMessage())),
                "restore " + file.getFileName() + BACKUP_SUFFIX + ", the copy kept by the previous save", error);
    }

    /** EMF messages end with "(uri, line, column)": the position is reported separately. */
    private static String clean(String message) {
        if (message == null) {
            return "unknown problem";
        }
        return message.replaceFirst("\\s*\\([^()]*, -?\\d+, -?\\d+\\)\\s*$", "");
    }
}
