package org.liftshift.report.internal;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * DejaVu Sans, shipped in the bundle's {@code fonts/} folder: the PDF embeds it for the page text, and
 * the SVG painter draws the diagram's text with it, so both print any Latin, Greek or Cyrillic name
 * whatever fonts the machine has.
 */
final class ReportFonts {

    static final String FAMILY = "DejaVu Sans";

    private static Font regular;

    private ReportFonts() {
    }

    static InputStream stream(boolean bold) {
        String file = bold ? "DejaVuSans-Bold.ttf" : "DejaVuSans.ttf";
        InputStream in = ReportFonts.class.getResourceAsStream("/fonts/" + file);
        if (in == null) {
            throw new UncheckedIOException(new IOException("The report font " + file + " is missing from the bundle"));
        }
        return in;
    }

    /** The regular face as an AWT font; derive the size and Font.BOLD from it, which the PDF maps to the bold face. */
    static synchronized Font awt() {
        if (regular == null) {
            try (InputStream in = stream(false)) {
                regular = Font.createFont(Font.TRUETYPE_FONT, in);
            } catch (IOException | FontFormatException e) {
                throw new IllegalStateException("The report font cannot be read", e);
            }
        }
        return regular;
    }
}
