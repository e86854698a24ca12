package org.liftshift.importer;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The SSIS projects in {@code ../shared/corpus/} beside the clone. In a user's clone they are absent
 * and the tests that need them are skipped with this message; CI sets
 * {@code LIFTSHIFT_REQUIRE_SHARED=1}, and there a missing corpus fails the test.
 */
final class SharedCorpus {

    private SharedCorpus() {
    }

    static Path dir() {
        Path corpus = Path.of(System.getProperty("liftshift.shared", "../../../shared")).resolve("corpus");
        boolean present = Files.isDirectory(corpus);
        if (!present && "1".equals(System.getenv("LIFTSHIFT_REQUIRE_SHARED"))) {
            throw new AssertionError("The corpus " + corpus + " is missing, and LIFTSHIFT_REQUIRE_SHARED=1 needs it");
        }
        assumeTrue(present, "Skipped: " + corpus + " is absent (../shared/ exists beside a CI clone, not in a user's clone)");
        return corpus;
    }

    static Path file(String relative) {
        return dir().resolve(relative);
    }
}
