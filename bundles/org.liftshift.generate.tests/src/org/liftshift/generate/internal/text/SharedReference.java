package org.liftshift.generate.internal.text;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The reference tables in {@code ../shared/reference/} beside the clone. In a user's clone they are
 * absent and the tests that need them are skipped with this message; CI sets
 * {@code LIFTSHIFT_REQUIRE_SHARED=1}, and there a missing table fails the test.
 */
public final class SharedReference {

    private SharedReference() {
    }

    public static Path file(String relative) {
        Path shared = Path.of(System.getProperty("liftshift.shared", "../../../shared"));
        Path file = shared.resolve(relative);
        boolean present = Files.isRegularFile(file);
        if (!present && "1".equals(System.getenv("LIFTSHIFT_REQUIRE_SHARED"))) {
            throw new AssertionError("The reference table " + file + " is missing, and LIFTSHIFT_REQUIRE_SHARED=1 needs it");
        }
        assumeTrue(present, "Skipped: " + file + " is absent (../shared/ exists beside a CI clone, not in a user's clone)");
        return file;
    }
}
