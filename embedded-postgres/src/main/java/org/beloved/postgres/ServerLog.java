package org.beloved.postgres;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Picks the one line worth showing from what PostgreSQL printed or logged. */
final class ServerLog {

    private ServerLog() {
    }

    /**
     * The last PANIC/FATAL/ERROR line the server logged after {@code offset} (a byte position in
     * the log), for saying why a running server stopped; a quiet log (a kill from outside) says so.
     */
    static String lastProblemSince(Path logFile, long offset) {
        try (var in = Files.newInputStream(logFile)) {
            in.skipNBytes(Math.min(offset, Files.size(logFile)));
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip).toList();
            for (int i = lines.size() - 1; i >= 0; i--) {
                String line = lines.get(i);
                if (line.contains("PANIC") || line.contains("FATAL") || line.contains("ERROR")) {
                    return "its log ends with: " + line;
                }
            }
            return "no error in its log, so it was stopped from outside (killed?)";
        } catch (IOException e) {
            return "its log " + logFile + " cannot be read: " + e.getMessage();
        }
    }

    /** Where the log ends now (0 if there is none yet). */
    static long size(Path logFile) {
        try {
            return Files.size(logFile);
        } catch (IOException e) {
            return 0;
        }
    }

    /** The last FATAL/ERROR line of the log file (if any) or of the output, else their last line. */
    static String lastError(Path logFile, String output) {
        List<String> lines = new ArrayList<>();
        if (logFile != null) {
            try {
                lines.addAll(Files.readAllLines(logFile, StandardCharsets.UTF_8));
            } catch (IOException e) {
                // the server may not have written its log yet: the command output is all there is
            }
        }
        lines.addAll(output.lines().toList());
        List<String> meaningful = lines.stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
        for (int i = meaningful.size() - 1; i >= 0; i--) {
            String line = meaningful.get(i);
            if (line.contains("FATAL") || line.contains("ERROR") || line.contains("error:")) {
                return line;
            }
        }
        return meaningful.isEmpty() ? "no output" : meaningful.get(meaningful.size() - 1);
    }
}
