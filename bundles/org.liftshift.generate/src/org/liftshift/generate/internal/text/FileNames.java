package org.liftshift.generate.internal.text;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;
import java.util.zip.CRC32;

/** Kit file names from customer names. */
public final class FileNames {

    /** Long enough to recognise the name, short enough for any file system with the kit's folders around it. */
    static final int MAX_LENGTH = 64;

    private FileNames() {
    }

    /**
     * The name in lower case with anything but letters, digits, - and . replaced by _, so the kit
     * unpacks on any file system and sorts the same everywhere. A longer name is cut and ends with
     * a checksum of the whole name, so two long names that start alike still get two files.
     */
    public static String safe(String name) {
        String safe = name.replaceAll("[^A-Za-z0-9.-]", "_").toLowerCase(Locale.ROOT);
        if (safe.length() <= MAX_LENGTH) {
            return safe;
        }
        CRC32 checksum = new CRC32();
        checksum.update(name.getBytes(StandardCharsets.UTF_8));
        return safe.substring(0, MAX_LENGTH - 9) + "-" + HexFormat.of().toHexDigits((int) checksum.getValue());
    }
}
