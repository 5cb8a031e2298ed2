package org.beloved.app.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.util.ApplicationModulesExporter;

/**
 * Writes Spring Modulith's precomputed module list ({@value #RESOURCE}) at build time: app's
 * {@code pom.xml} runs {@link #main} after every compile, into {@code target/classes}, so the jar always
 * carries the list of the classes it holds. With it, Spring Modulith's runtime takes the modules and
 * their order (which orders each module's migrations, {@link ModuleMigrations}) from the file instead of
 * importing every class with ArchUnit at start-up: that import cost about a second of CPU and 130 MiB
 * of resident memory. {@code ModularityTest} checks the file against the code.
 */
public final class ModuleList {

    /** Where Spring Modulith's runtime looks for it, on the class path. */
    public static final String RESOURCE = "META-INF/spring-modulith/application-modules.json";

    private ModuleList() {
    }

    /** The modules of {@code applicationClass}'s packages, as Spring Modulith's runtime reads them. */
    public static String json(Class<?> applicationClass) {
        return new ApplicationModulesExporter(ApplicationModules.of(applicationClass)).toJson();
    }

    /** {@code args}: the application class's name and the output folder (app's target/classes). */
    public static void main(String[] args) throws IOException, ClassNotFoundException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: ModuleList <application class> <classes folder>");
        }
        // As BelovedApplication.main: the modules come from Beloved's own classes alone (ModularityStartupTest).
        System.setProperty("archunit.resolveMissingDependenciesFromClassPath", "false");
        Path file = Path.of(args[1]).resolve(RESOURCE);
        Files.createDirectories(file.getParent());
        Files.writeString(file, json(Class.forName(args[0])), StandardCharsets.UTF_8);
    }
}
