package org.liftshift.cli.internal;

import java.nio.file.Path;

import org.liftshift.cli.CommandContext;
import org.liftshift.model.persistence.MigrationFileException;
import org.liftshift.model.persistence.MigrationFiles;
import org.liftshift.model.plan.MigrationPlan;
import org.liftshift.samples.Samples;

/**
 * The optional design file of {@code validate}, {@code generate} and {@code assess}: a file relative
 * to the working directory, or the bundled Contoso sample when none is given.
 *
 * @param file as the user typed it, or null
 */
record PlanArgument(String file) {

    /** The name reports show: the file as typed, or the sample's file name. */
    String shown() {
        return file == null ? Samples.CONTOSO.fileName() : file;
    }

    /** The file, or null for the bundled sample. */
    Path path(CommandContext context) {
        return file == null ? null : context.workingDirectory().resolve(file);
    }

    MigrationPlan load(CommandContext context) throws MigrationFileException {
        return file == null ? Samples.CONTOSO.loadBundled() : MigrationFiles.load(path(context));
    }

    /** The design, or null after saying on the error stream, as {@code liftshift <command>: ...}, why it cannot be read. */
    MigrationPlan loadOrSay(String command, CommandContext context) {
        try {
            return load(context);
        } catch (MigrationFileException e) {
            context.err().println("liftshift " + command + ": " + e.getMessage());
            return null;
        }
    }
}
