package org.liftshift.importer.internal.project;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.liftshift.importer.ImportException;

/**
 * A deployment file ({@code .ispac}, a zip archive), read in place without extracting anything.
 * Entries whose names would escape a target folder (zip-slip) are refused, and reading stops at an
 * entry or archive size, or a compression ratio, that only a zip bomb reaches.
 */
public final class IspacProject implements ProjectSource, AutoCloseable {

    /** Limits that real projects stay far below. */
    public record Limits(long maxEntryBytes, long maxTotalBytes, long maxRatio) {

        public static final Limits DEFAULT = new Limits(1L << 30, 4L << 30, 200);
    }

    static final String MANIFEST = "@Project.manifest";

    private final Path file;
    private final ZipFile zip;
    private final Limits limits;
    private final List<String> entries = new ArrayList<>();
    private final List<ImportException> refused = new ArrayList<>();
    private long total;

    public IspacProject(Path file, Limits limits) throws ImportException {
        this.file = file;
        this.limits = limits;
        try {
            this.zip = new ZipFile(file.toFile());
        } catch (IOException e) {
            throw new ImportException(file.toString(), 0, 0, "the file is not a readable zip archive (" + e.getMessage() + ")",
                    "build the project again in SSDT to get a new .ispac");
        }
        for (Enumeration<? extends ZipEntry> all = zip.entries(); all.hasMoreElements();) {
            ZipEntry entry = all.nextElement();
            if (entry.isDirectory()) {
                continue;
            }
            if (escapes(entry.getName())) {
                refused.add(new ImportException(describe(entry.getName()), 0, 0,
                        "the entry's name leads outside the project (zip-slip), so it was not read",
                        "rebuild the .ispac in SSDT; an archive with such names was not made by SSIS"));
            } else {
                entries.add(entry.getName());
            }
        }
        entries.sort(null);
    }

    /** Entries refused when the archive was opened. */
    public List<ImportException> refused() {
        return refused;
    }

    static boolean escapes(String name) {
        String normalized = name.replace('\\', '/');
        return normalized.startsWith("/") || normalized.matches("(?i)^[a-z]:.*") || normalized.equals("..")
                || normalized.startsWith("../") || normalized.contains("/../") || normalized.endsWith("/..")
                || normalized.indexOf('\0') >= 0;
    }

    @Override
    public String defaultName() {
        String name = file.getFileName().toString();
        return name.substring(0, name.lastIndexOf('.'));
    }

    @Override
    public String location() {
        return file.toString();
    }

    @Override
    public InputStream manifest() throws IOException, ImportException {
        return open(MANIFEST);
    }

    @Override
    public List<String> entries() {
        return entries;
    }

    @Override
    public InputStream open(String name) throws IOException, ImportException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null || !entries.contains(name)) {
            throw new ImportException(describe(name), 0, 0, "the archive has no such entry", "rebuild the .ispac in SSDT");
        }
        long compressed = Math.max(entry.getCompressedSize(), 1);
        long allowed = Math.min(limits.maxEntryBytes(), Math.max(compressed * limits.maxRatio(), 1 << 20));
        return new Bounded(zip.getInputStream(entry), allowed, name);
    }

    @Override
    public String describe(String entry) {
        return file + "!/" + entry;
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    /** Thrown through the XML reader when an entry inflates past the limits. */
    public static final class TooLarge extends IOException {

        private static final long serialVersionUID = 1L;

        TooLarge(String message) {
            super(message);
        }
    }

    private final class Bounded extends FilterInputStream {

        private final long allowed;
        private final String name;
        private long read;

        Bounded(InputStream in, long allowed, String name) {
            super(in);
            this.allowed = allowed;
            this.name = name;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            total += n;
            if (read > allowed) {
                throw new TooLarge(describe(name) + " inflates to more than " + allowed
                        + " bytes, far beyond its compressed size: the archive looks like a zip bomb, so it was not read");
            }
            if (total > limits.maxTotalBytes()) {
                throw new TooLarge(file + " inflates to more than " + limits.maxTotalBytes()
                        + " bytes in all: the archive looks like a zip bomb, so the rest of it was not read");
            }
        }
    }
}
