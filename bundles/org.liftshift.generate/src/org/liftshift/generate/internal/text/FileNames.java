package org.liftshift.generate.internal.text;

import java.util.Locale;

/** Kit file names from customer names. */
public final class FileNames {

    private FileNames() {
    }

    /**
     * The name in lower case with anything but letters, digits, - and . replaced by _, so the kit
     * unpacks on any file system and sorts the same everywhere.
     */
    public static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9.-]", "_").toLowerCase(Locale.ROOT);
    }
}
