package org.liftshift.cli;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * What a subcommand may touch: its output streams and the directory relative paths resolve against.
 *
 * @param out normal output (results, reports)
 * @param err diagnostics and progress, so that {@code out} can be piped
 * @param workingDirectory where the user ran {@code liftshift}
 */
public record CommandContext(PrintStream out, PrintStream err, Path workingDirectory) {
}
