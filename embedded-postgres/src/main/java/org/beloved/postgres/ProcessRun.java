package org.beloved.postgres;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs one PostgreSQL program to completion and keeps what it printed. */
final class ProcessRun {

    private static final long TIMEOUT_SECONDS = 120;

    record Result(int exitCode, String output) {
    }

    private ProcessRun() {
    }

    /** Runs the command; a non-zero exit becomes a one-line {@link EmbeddedPostgresException}. */
    static Result run(List<String> command, String purpose) {
        Result result = tryRun(command);
        if (result.exitCode() != 0) {
            throw new EmbeddedPostgresException("Could not " + purpose + ": " + ServerLog.lastError(null, result.output()));
        }
        return result;
    }

    static Result tryRun(List<String> command) {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().keySet().removeIf(k -> k.startsWith("PG"));
        builder.environment().put("LC_ALL", "C");
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            String output = readAll(process.getInputStream());
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Result(-1, command.get(0) + " did not finish within " + TIMEOUT_SECONDS + " s");
            }
            return new Result(process.exitValue(), output);
        } catch (IOException e) {
            return new Result(-1, "cannot run " + String.join(" ", command) + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(-1, "interrupted while running " + command.get(0));
        }
    }

    private static String readAll(InputStream in) throws IOException {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
