package org.liftshift.generate;

/**
 * One file of a deployment kit.
 *
 * @param path    relative path with forward slashes, e.g. {@code powershell/40-integration-runtimes.ps1}
 * @param purpose one line for the kit's README
 * @param content the file's text (UTF-8, LF line ends)
 */
public record KitFile(String path, String purpose, String content) {
}
