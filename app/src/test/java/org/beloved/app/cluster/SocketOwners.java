package org.beloved.app.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Which of the test's Beloved processes holds a TCP connection, from the connection's client port
 * as a fake provider saw it: Linux's {@code /proc/net/tcp} gives the socket's inode, and the
 * process owning it has a file descriptor {@code socket:[inode]}. Lets a test kill exactly the
 * instance whose request a fake is holding.
 */
final class SocketOwners {

    private SocketOwners() {
    }

    /** The process among {@code candidates} whose connection to {@code serverPort} comes from {@code clientPort}. */
    static Optional<BelovedProcess> owner(int clientPort, int serverPort, Collection<BelovedProcess> candidates) {
        Set<String> inodes = inodes(clientPort, serverPort);
        if (inodes.isEmpty()) {
            return Optional.empty();
        }
        return candidates.stream().filter(p -> holdsAny(p.pid(), inodes)).findFirst();
    }

    private static Set<String> inodes(int clientPort, int serverPort) {
        Set<String> inodes = new HashSet<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            try {
                for (String line : Files.readAllLines(Path.of(table))) {
                    String[] f = line.trim().split("\\s+");
                    if (f.length > 9 && f[1].contains(":") && port(f[1]) == clientPort && port(f[2]) == serverPort) {
                        inodes.add(f[9]);
                    }
                }
            } catch (IOException | NumberFormatException e) {
                // no such table (no IPv6), or its header line
            }
        }
        return inodes;
    }

    private static int port(String hexAddress) {
        return Integer.parseInt(hexAddress.substring(hexAddress.lastIndexOf(':') + 1), 16);
    }

    private static boolean holdsAny(long pid, Set<String> inodes) {
        try (Stream<Path> fds = Files.list(Path.of("/proc", String.valueOf(pid), "fd"))) {
            return fds.anyMatch(fd -> {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    return target.startsWith("socket:[") && inodes.contains(target.substring(8, target.length() - 1));
                } catch (IOException e) {
                    return false;   // closed meanwhile
                }
            });
        } catch (IOException e) {
            return false;   // the process is gone
        }
    }
}
