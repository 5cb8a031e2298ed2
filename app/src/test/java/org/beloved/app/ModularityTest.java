package org.beloved.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.beloved.BelovedApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Spring Modulith's view of Beloved: every direct sub-package of {@code org.beloved} is an application
 * module, each states its contract in {@code package-info.java}, and {@link ApplicationModules#verify()}
 * fails on a dependency cycle, on a module reaching into another's internals, or on a dependency its
 * {@code allowedDependencies} do not name. The module documentation in {@code docs/modules/} is written
 * again by every run, so it cannot go stale.
 */
class ModularityTest {

    /** The fixtures of test-support and of sms-gateway's test jar are no part of the application. */
    static final ApplicationModules MODULES = ApplicationModules.of(BelovedApplication.class,
            JavaClass.Predicates.resideInAnyPackage("org.beloved.testing..", "org.beloved.sms.testing.."));

    static final Path DOCS = Path.of("..", "docs", "modules");

    @Test
    void theModulesKeepTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void coresFeaturesAndTheKernelAreModules() {
        assertThat(MODULES.stream().map(m -> m.getIdentifier().toString())).contains(
                "shared", "conversation", "directory", "toolkit", "webinars", "messaging", "bot", "sms", "app");
        assertThat(MODULES.getSharedModules()).extracting(m -> m.getIdentifier().toString()).containsExactly("shared");
    }

    @Test
    void messagingDependsOnNoFeature() {
        ApplicationModule messaging = MODULES.getModuleByName("messaging").orElseThrow();
        assertThat(messaging.getDirectDependencies(MODULES).uniqueModules().map(m -> m.getIdentifier().toString()))
                .containsOnly("shared");
    }

    /**
     * Writes the diagrams and canvases again. In CI (where {@code CI} is set) a diagram that differs
     * from the committed one fails the test: regenerate them locally with this test and commit them.
     * (The canvases are written but not compared: the Documenter may order some of their
     * entries differently from run to run.)
     */
    @Test
    void theDocumentationIsWrittenFromTheCode() throws IOException {
        Map<Path, String> before = contents(DOCS);
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
                .writeDocumentation()
                .writeIndividualModulesAsPlantUml();
        sortRelations(DOCS);
        if (System.getenv("CI") != null) {
            assertThat(contents(DOCS)).as("docs/modules is stale: run ModularityTest locally and commit docs/modules")
                    .isEqualTo(before);
        }
        assertThat(DOCS.resolve("components.puml")).content().contains("Messaging", "Webinars", "Conversation");
        for (String module : new String[] {"conversation", "directory", "toolkit", "webinars", "messaging"}) {
            assertThat(DOCS.resolve("module-" + module + ".puml")).exists();
            assertThat(DOCS.resolve("module-" + module + ".adoc")).exists();
        }
        try (var files = Files.list(DOCS)) {
            assertThat(files.count()).isGreaterThan(10);
        }
    }

    /** The diagrams, by file name. */
    private static Map<Path, String> contents(Path folder) throws IOException {
        Map<Path, String> contents = new TreeMap<>();
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
                    contents.put(file.getFileName(), Files.readString(file));
                }
            }
        }
        return contents;
    }

    /** The Documenter writes a diagram's elements and relations in no fixed order: sorted, a diagram only changes with the code. */
    private static void sortRelations(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path puml : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
                List<String> lines = new ArrayList<>(Files.readAllLines(puml));
                sortRuns(lines, "Rel(");
                sortRuns(lines, "    Component(");
                Files.write(puml, lines);
            }
        }
    }

    private static void sortRuns(List<String> lines, String prefix) {
        for (int start = 0; start < lines.size(); start++) {
            int end = start;
            while (end < lines.size() && lines.get(end).startsWith(prefix)) {
                end++;
            }
            Collections.sort(lines.subList(start, end));
            start = end;
        }
    }
}
