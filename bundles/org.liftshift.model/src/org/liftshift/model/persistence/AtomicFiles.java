package org.liftshift.model.persistence;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Replaces a user's file whole or not at all: the content goes to a temporary file beside it and is
 * renamed over the file, so a failed write or a full disk leaves the previous version. Designs are
 * also forced to disk before and after the rename ({@link #writeDurably}), so that a power loss
 * cannot leave an empty design; reports and kit files, which are generated again in a moment, are
 * not, which keeps writing a kit of thousands of jobs fast ({@link #write}).
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /** Writes {@code content} to {@code target}, creating its folder; the file keeps its permissions. */
    public static void write(Path target, byte[] content) throws IOException {
        replace(target, content, false);
    }

    /** {@link #write}, with the content and the rename forced to disk. */
    public static void writeDurably(Path target, byte[] content) throws IOException {
        replace(target, content, true);
    }

    private static void replace(Path target, byte[] content, boolean durable) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        try {
            writeContent(temp, content, durable);
            keepPermissions(target, temp);
            move(temp, target);
            if (durable) {
                forceDirectory(dir);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Temporary files are created owner-only; the saved file keeps the permissions the user's file
     * had, and a new file gets the usual rw-r--r--.
     */
    private static void keepPermissions(Path target, Path temp) throws IOException {
        if (!Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.exists(target) ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temp, permissions);
    }

    private static void writeContent(Path file, byte[] content, boolean force) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            if (force) {
                channel.force(true);
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void forceDirectory(Path dir) {
        // makes the rename durable on POSIX file systems; directories cannot be opened on Windows
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // the rename itself has happened; only its durability across a power loss is weaker
        }
    }

}
