package org.liftshift.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The material in {@code ../shared/} beside the clone: the domain digest, the reference tables and
 * the corpus of SSIS projects. In a user's clone it is absent and the tests that need it are
 * skipped with a message saying so; CI sets {@code LIFTSHIFT_REQUIRE_SHARED=1}, and there anything
 * missing fails the test instead.
 */
public final class SharedMaterial {

    private SharedMaterial() {
    }

    /** A file under {@code ../shared/}, e.g. {@code reference/sql/sql-reference-extract.json}. */
    public static Path file(String relative) {
        return require(root().resolve(relative), Files.isRegularFile(root().resolve(relative)));
    }

    /** A folder under {@code ../shared/}, e.g. {@code corpus}. */
    public static Path dir(String relative) {
        return require(root().resolve(relative), Files.isDirectory(root().resolve(relative)));
    }

    /** The corpus of real SSIS projects. */
    public static Path corpus() {
        return dir("corpus");
    }

    /** A file of the corpus. */
    public static Path corpusFile(String relative) {
        return file("corpus/" + relative);
    }

    private static Path root() {
        // test fragments run with their bundle folder as working directory: bundles/<name>/
        return Path.of(System.getProperty("liftshift.shared", "../../../shared"));
    }

    private static Path require(Path path, boolean present) {
        if (!present && "1".equals(System.getenv("LIFTSHIFT_REQUIRE_SHARED"))) {
            throw new AssertionError(path + " is missing, and LIFTSHIFT_REQUIRE_SHARED=1 needs it");
        }
        assumeTrue(present, "Skipped: " + path + " is absent (../shared/ exists beside a CI clone, not in a user's clone)");
        return path;
    }
}
