package org.beloved.app.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * One Beloved instance as its own JVM process ({@code org.beloved.BelovedApplication}), on a free
 * port of 127.0.0.1, with its stdout and stderr in a log file for diagnosis. {@link #kill()} is a
 * crash: {@code destroyForcibly} (SIGKILL), no shutdown hook, no clean shutdown.
 */
final class BelovedProcess {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String name;
    private final int port;
    private final Path log;
    private final Process process;
    private volatile boolean healthy;
    private volatile boolean killed;
    private volatile String lastHealth = "(no answer yet)";

    private BelovedProcess(String name, int port, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
    }

    /** Starts the process and returns at once; {@link #awaitHealthy} waits for it to serve. */
    static BelovedProcess start(String name, Path logDirectory, Map<String, String> settings) {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // Small and quick to start: several of these share a 2-core CI box with the tests.
                "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", ChildClasspath.of(), "org.beloved.BelovedApplication",
                "--server.port=" + port));
        settings.forEach((key, value) -> command.add("--" + key + "=" + value));
        try {
            Files.createDirectories(logDirectory);
            Path log = logDirectory.resolve(name + ".log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            return new BelovedProcess(name, port, log, process);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start Beloved process " + name, e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String name() {
        return name;
    }

    int port() {
        return port;
    }

    Path log() {
        return log;
    }

    long pid() {
        return process.pid();
    }

    boolean alive() {
        return process.isAlive();
    }

    /** Whether the test killed it (rather than it dying by itself). */
    boolean killed() {
        return killed;
    }

    /** Whether it has answered {@code /actuator/health} with UP and has not been killed since. */
    boolean healthy() {
        return healthy && process.isAlive();
    }

    /**
     * Waits until {@code GET /actuator/health} answers {@code UP}; fails with the end of the log
     * when the process exits first or the time runs out.
     */
    BelovedProcess awaitHealthy(Duration within) {
        Instant deadline = Instant.now().plus(within);
        while (true) {
            if (!process.isAlive()) {
                throw new AssertionError(name + " exited with " + process.exitValue() + " before it was healthy:\n" + tail());
            }
            if (healthNow()) {
                healthy = true;
                return this;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(name + " was not healthy within " + within + " (last health answer: "
                        + lastHealth + "):\n" + tail());
            }
            sleep(250);
        }
    }

    private boolean healthNow() {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/actuator/health")).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.ofString());
            lastHealth = response.statusCode() + " " + response.body();
            return response.statusCode() == 200 && "UP".equals(JSON.readTree(response.body()).path("status").asString());
        } catch (IOException | JacksonException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A crash: SIGKILL, then waits until the process is gone. */
    void kill() {
        killed = true;
        healthy = false;
        process.destroyForcibly();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new AssertionError(name + " (pid " + process.pid() + ") survived destroyForcibly");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The last lines of its log. */
    String tail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public String toString() {
        return name + " (pid " + process.pid() + ", port " + port + ")";
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
