package org.liftshift.report.internal;

/**
 * Text widths estimated from the characters, for a sans-serif font: close enough to size boxes and
 * the same on every machine, where measuring with a real font would make the layout depend on the
 * fonts installed.
 */
public final class TextMetrics {

    public static final double TITLE_SIZE = 12;
    public static final double DETAIL_SIZE = 10.5;

    private TextMetrics() {
    }

    public static double width(String text, double size, boolean bold) {
        double em = 0;
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            em += advance(text.codePointAt(i));
        }
        return Math.ceil(em * size * (bold ? 1.06 : 1.0));
    }

    /** Advance in ems: narrow, wide and average Latin letters; wide for CJK and emoji. */
    private static double advance(int c) {
        if ("il.,:;'|!ftjI[]()".indexOf(c) >= 0) {
            return 0.3;
        }
        if ("mwMW@%".indexOf(c) >= 0) {
            return 0.85;
        }
        if (Character.isUpperCase(c) || Character.isDigit(c)) {
            return 0.64;
        }
        if (c > 0x2E80) {
            return 1.0;
        }
        return 0.55;
    }
}
