package org.beloved.postgres;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The server's main process as the operating system knows it: its pid (the first line of the
 * cluster's {@code postmaster.pid}) and its start time, both read from {@code /proc}. The start
 * time tells a reused pid from the process that held it. The postmaster is not a child of this
 * JVM ({@code pg_ctl} starts it in the background), so whether it runs is read from {@code /proc}
 * rather than waited for.
 */
record Postmaster(long pid, long startTicks) {

    private static final int STATE = 0;
    private static final int START_TIME = 19;
    private static final int EXIT_CODE = 49;

    /** The postmaster named by {@code dataDir/postmaster.pid}, if that file exists and its process runs. */
    static Optional<Postmaster> of(Path dataDir) {
        try {
            List<String> lines = Files.readAllLines(dataDir.resolve("postmaster.pid"), StandardCharsets.UTF_8);
            if (lines.isEmpty()) {
                return Optional.empty();
            }
            long pid = Long.parseLong(lines.get(0).strip());
            if (!isPostgres(pid)) {
                return Optional.empty();
            }
            return stat(pid).filter(Postmaster::running).map(f -> new Postmaster(pid, Long.parseLong(f[START_TIME])));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Whether the process still runs: it exists, is the same process, and is not a zombie waiting to be reaped. */
    boolean alive() {
        return stat(pid).filter(f -> Long.parseLong(f[START_TIME]) == startTicks).filter(Postmaster::running).isPresent();
    }

    /**
     * How the process ended, as far as can still be told: a dead process keeps its exit status in
     * {@code /proc} only until its parent (init) reaps it.
     */
    String exitStatus() {
        Optional<String[]> fields = stat(pid).filter(f -> Long.parseLong(f[START_TIME]) == startTicks);
        if (fields.isPresent() && fields.get().length > EXIT_CODE && !running(fields.get())) {
            int status = Integer.parseInt(fields.get()[EXIT_CODE]);
            int signal = status & 0x7f;
            return signal != 0 ? "killed by signal " + signal : "exited with code " + ((status >> 8) & 0xff);
        }
        return fields.isPresent() ? "still running" : "exit status no longer known";
    }

    /** A stale pid file may name a pid the system has since given to another program. */
    private static boolean isPostgres(long pid) {
        try {
            return Files.readString(Path.of("/proc", Long.toString(pid), "comm"), StandardCharsets.UTF_8).strip()
                    .equals("postgres");
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean running(String[] fields) {
        return !fields[STATE].equals("Z") && !fields[STATE].equals("X");
    }

    /** The fields of {@code /proc/<pid>/stat} after the command name (which may hold spaces), from the state on. */
    private static Optional<String[]> stat(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"), StandardCharsets.UTF_8);
            return Optional.of(stat.substring(stat.lastIndexOf(')') + 1).strip().split("\\s+"));
        } catch (IOException | RuntimeException e) {
            // gone (no such file), or not readable as expected: either way not a process to watch
            return Optional.empty();
        }
    }
}
