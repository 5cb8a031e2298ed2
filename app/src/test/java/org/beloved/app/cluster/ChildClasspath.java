package org.beloved.app.cluster;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The classpath a Beloved process started by a test runs with: the test JVM's own, as Maven gave
 * it to Surefire, without the test classes and test jars (the application as deployed has none).
 * Surefire sets {@code java.class.path} to that classpath even when it starts the JVM with a
 * manifest-only jar; should it ever leave the jar there, the jar's {@code Class-Path} (file URLs)
 * is read instead.
 */
final class ChildClasspath {

    private ChildClasspath() {
    }

    static String of() {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            entries.addAll(expand(entry));
        }
        List<String> kept = entries.stream().filter(e -> !isTestCode(e)).toList();
        if (kept.stream().noneMatch(e -> e.contains("spring-boot"))) {
            throw new IllegalStateException("No Spring Boot on the test classpath to start Beloved with: " + entries);
        }
        return String.join(File.pathSeparator, kept);
    }

    private static List<String> expand(String entry) {
        if (!entry.endsWith(".jar") || !new File(entry).isFile()) {
            return List.of(entry);
        }
        try (JarFile jar = new JarFile(entry)) {
            Manifest manifest = jar.getManifest();
            String classPath = manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
            if (classPath == null || classPath.isBlank() || !entry.contains("surefire")) {
                return List.of(entry);
            }
            URI base = new File(entry).toURI();
            return Arrays.stream(classPath.trim().split("\\s+"))
                    .map(u -> Path.of(base.resolve(u)).toString())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the manifest of " + entry, e);
        }
    }

    /** Test classes and test jars (FakeTwilio, FakeDiscord, the tests themselves) stay in the test JVM. */
    private static boolean isTestCode(String entry) {
        String path = entry.replace('\\', '/');
        return path.endsWith("/test-classes") || path.endsWith("/test-classes/") || path.endsWith("-tests.jar")
                || path.contains("surefire");
    }
}
