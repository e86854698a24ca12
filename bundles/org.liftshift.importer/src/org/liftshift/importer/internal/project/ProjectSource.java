package org.liftshift.importer.internal.project;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.liftshift.importer.ImportException;

/** The files of one SSIS project, in an {@code .ispac} or in a folder beside its {@code .dtproj}. */
public interface ProjectSource {

    /** The project's name when its manifest has none: the file name without extension. */
    String defaultName();

    /** Where the project came from, for the model and for messages. */
    String location();

    /** The manifest: {@code @Project.manifest} or the {@code .dtproj} itself. */
    InputStream manifest() throws IOException, ImportException;

    /** Names of the project's files, relative to the project, in a stable order. */
    List<String> entries() throws IOException;

    InputStream open(String entry) throws IOException, ImportException;

    /** How messages name an entry, e.g. {@code ETL.ispac!/Load.dtsx}. */
    String describe(String entry);
}
