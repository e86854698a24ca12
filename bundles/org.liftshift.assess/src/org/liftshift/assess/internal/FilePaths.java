package org.liftshift.assess.internal;

import java.util.regex.Pattern;

/** Windows file paths as packages write them. */
public final class FilePaths {

    private static final Pattern DRIVE = Pattern.compile("^\"?[A-Za-z]:[\\\\/].*", Pattern.DOTALL);

    private static final Pattern ENVIRONMENT_VARIABLE = Pattern.compile("%([A-Za-z_][A-Za-z0-9_()]*)%");

    private FilePaths() {
    }

    /** {@code \\server\share\...} */
    static boolean isUnc(String path) {
        return path != null && unquoted(path).startsWith("\\\\") && !unquoted(path).startsWith("\\\\?\\")
                && !unquoted(path).startsWith("\\\\.\\");
    }

    /** {@code C:\...}: a drive of the machine that runs the package. */
    static boolean isDrivePath(String path) {
        return path != null && DRIVE.matcher(path).matches();
    }

    static boolean isAbsoluteOrUnc(String path) {
        return isUnc(path) || isDrivePath(path);
    }

    /** The server of a UNC path, or null. */
    public static String uncHost(String path) {
        if (!isUnc(path)) {
            return null;
        }
        String rest = unquoted(path).substring(2);
        int end = rest.indexOf('\\');
        return end < 0 ? rest : rest.substring(0, end);
    }

    /** The first Windows environment variable the value uses ({@code %NAME%}), or null. */
    static String environmentVariable(String value) {
        if (value == null) {
            return null;
        }
        var matcher = ENVIRONMENT_VARIABLE.matcher(value);
        return matcher.find() ? matcher.group() : null;
    }

    private static String unquoted(String path) {
        return path.startsWith("\"") ? path.substring(1) : path;
    }
}
