package org.beloved.postgres;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.nio.file.attribute.UserPrincipalNotFoundException;
import java.util.ArrayList;
import java.util.List;

/**
 * Which account runs the PostgreSQL programs. PostgreSQL refuses root, so a root JVM delegates to
 * {@code nobody} with {@code setpriv}; any other account runs them as itself.
 */
final class RunAs {

    private static final String ACCOUNT = "nobody";

    private final boolean delegated;
    private final String group;
    private final boolean passThrough;

    private RunAs(boolean delegated, String group, boolean passThrough) {
        this.delegated = delegated;
        this.group = group;
        this.passThrough = passThrough;
    }

    /**
     * As root, the server account must walk down to {@code dataDir}. Where a directory on the way
     * is closed to it (a clone under /root or a {@code mktemp -d} folder), the server gets
     * CAP_DAC_READ_SEARCH, which lets it pass through (and read) directories it could not
     * otherwise enter, rather than Beloved opening those directories to every account.
     */
    static RunAs forDataDir(Path dataDir) {
        if (!isRoot()) {
            return new RunAs(false, null, false);
        }
        UserPrincipalLookupService users = Path.of("/").getFileSystem().getUserPrincipalLookupService();
        try {
            users.lookupPrincipalByName(ACCOUNT);
        } catch (IOException e) {
            throw new EmbeddedPostgresException("Beloved runs as root and PostgreSQL refuses root, but there is no '"
                    + ACCOUNT + "' account to run it as: run Beloved as a normal user or set SPRING_DATASOURCE_URL.");
        }
        return new RunAs(true, groupOfNobody(users), closedDirectoryAbove(dataDir) != null);
    }

    boolean isDelegated() {
        return delegated;
    }

    boolean passesThroughClosedDirectories() {
        return passThrough;
    }

    List<String> command(String... args) {
        List<String> command = new ArrayList<>();
        if (delegated) {
            command.addAll(List.of("setpriv", "--reuid=" + ACCOUNT, "--regid=" + group, "--clear-groups"));
            if (passThrough) {
                command.addAll(List.of("--inh-caps=+dac_read_search", "--ambient-caps=+dac_read_search"));
            }
        }
        command.addAll(List.of(args));
        return command;
    }

    /** The first existing directory above {@code dataDir} that other accounts cannot enter, or null. */
    private static Path closedDirectoryAbove(Path dataDir) {
        for (Path p = dataDir.getParent(); p != null; p = p.getParent()) {
            try {
                if (Files.exists(p) && !Files.getPosixFilePermissions(p).contains(PosixFilePermission.OTHERS_EXECUTE)) {
                    return p;
                }
            } catch (IOException e) {
                return p;
            }
        }
        return null;
    }

    /** Gives a new, empty cluster directory to the server account. */
    void handOver(Path dir) throws IOException {
        if (!delegated) {
            return;
        }
        UserPrincipalLookupService users = dir.getFileSystem().getUserPrincipalLookupService();
        PosixFileAttributeView view = Files.getFileAttributeView(dir, PosixFileAttributeView.class);
        view.setOwner(users.lookupPrincipalByName(ACCOUNT));
        view.setGroup(users.lookupPrincipalByGroupName(group));
    }

    /** A file only the server account can read, for handing initdb its password. */
    Path privateTempFile(String content) throws IOException {
        Path file = Files.createTempFile("beloved-pg-", ".pw",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, content, StandardCharsets.UTF_8);
        handOver(file);
        return file;
    }

    private static boolean isRoot() {
        try {
            return ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    private static String groupOfNobody(UserPrincipalLookupService users) {
        for (String candidate : List.of("nogroup", "nobody")) {
            try {
                users.lookupPrincipalByGroupName(candidate);
                return candidate;
            } catch (UserPrincipalNotFoundException e) {
                // try the next conventional name
            } catch (IOException e) {
                break;
            }
        }
        throw new EmbeddedPostgresException("Beloved runs as root and found no group for '" + ACCOUNT
                + "' (nogroup or nobody): run Beloved as a normal user or set SPRING_DATASOURCE_URL.");
    }
}
