package org.liftshift.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.azure.json.JsonProviders;
import com.azure.json.JsonReader;

/** Runs command lines of the standard CLI in a working directory and keeps what they print. */
final class CliRun {

    private final Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    CliRun(Path dir) {
        this.dir = dir;
    }

    int run(String... args) {
        out.reset();
        err.reset();
        CommandContext context = new CommandContext(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), dir);
        return Cli.standard().run(args, context);
    }

    String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** Standard output read as one JSON object. */
    @SuppressWarnings("unchecked")
    Map<String, Object> json() throws IOException {
        try (JsonReader reader = JsonProviders.createReader(stdout())) {
            reader.nextToken();
            return (Map<String, Object>) reader.readUntyped();
        }
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}
