package org.liftshift.importer.internal.project;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** A project folder: the {@code .dtproj} and the files beside it. Files are only read, never written. */
public final class FolderProject implements ProjectSource {

    private final Path dtproj;
    private final List<Path> packages = new ArrayList<>();

    public FolderProject(Path dtproj) {
        this.dtproj = dtproj;
    }

    @Override
    public String defaultName() {
        String name = dtproj.getFileName().toString();
        return name.substring(0, name.length() - ".dtproj".length());
    }

    @Override
    public String location() {
        return dtproj.toString();
    }

    @Override
    public InputStream manifest() throws IOException {
        return Files.newInputStream(dtproj);
    }

    @Override
    public List<String> entries() throws IOException {
        try (Stream<Path> files = Files.list(dtproj.getParent())) {
            return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Override
    public InputStream open(String entry) throws IOException {
        Path file = dtproj.getParent().resolve(entry);
        if (entry.toLowerCase(Locale.ROOT).endsWith(".dtsx")) {
            packages.add(file.toAbsolutePath().normalize());
        }
        return Files.newInputStream(file);
    }

    /** The packages the project was read with, found or not, so that nobody imports them a second time. */
    public List<Path> packages() {
        return packages;
    }

    @Override
    public String describe(String entry) {
        return dtproj.getParent().resolve(entry).toString();
    }
}
