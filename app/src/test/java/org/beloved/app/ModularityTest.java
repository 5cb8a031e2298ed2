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
import org.beloved.app.database.ModuleList;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModuleIdentifier;
import org.springframework.modulith.core.ApplicationModuleIdentifiers;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import tools.jackson.databind.json.JsonMapper;

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
     * The module list the build writes after every compile ({@code ModuleList}, run by app's pom.xml),
     * which Spring Modulith's runtime reads at start-up instead of importing the classes: the same
     * modules in the same order as found from the code, so that every module's migrations run, in order.
     */
    @Test
    void theBuildsModuleListIsTheCodesModulesInTheirOrder() throws IOException {
        Path list = Path.of("target/classes").resolve(ModuleList.RESOURCE);
        assertThat(list).as("written by the build (process-classes)").exists();

        List<String> written = new ArrayList<>(JsonMapper.builder().build().readTree(list.toFile()).propertyNames());

        assertThat(written).containsExactlyElementsOf(
                ApplicationModuleIdentifiers.of(MODULES).stream().map(ApplicationModuleIdentifier::toString).toList());
        assertThat(written).contains("shared", "conversation", "directory", "messaging", "webinars", "sms", "bot", "app");
    }

    /**
     * Writes the diagrams and canvases again. In CI (where {@code CI} is set) a file that differs
     * from the committed one fails the test: regenerate them locally with this test and commit them.
     */
    @Test
    void theDocumentationIsWrittenFromTheCode() throws IOException {
        Map<Path, String> before = contents(DOCS);
        clear(DOCS);
        // Not writeDocumentation(): it also writes META-INF/spring-modulith/application-modules.json into
        // target/classes, from the test class path; the build writes that file from the application's
        // classes alone (ModuleList, checked below).
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DOCS.toString()).withoutClean())
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases()
                .writeAggregatingDocument();
        sortUnorderedLists(DOCS);
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

    private static void clear(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    private static Map<Path, String> contents(Path folder) throws IOException {
        Map<Path, String> contents = new TreeMap<>();
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    contents.put(file.getFileName(), Files.readString(file));
                }
            }
        }
        return contents;
    }

    /**
     * The Documenter writes a diagram's elements and relations, and a canvas's list entries, in no
     * fixed order: sorted, the documentation only changes when the code does.
     */
    private static void sortUnorderedLists(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                List<String> lines = new ArrayList<>(Files.readAllLines(file));
                if (file.toString().endsWith(".puml")) {
                    sortRuns(lines, "Rel(");
                    sortRuns(lines, "    Component(");
                } else if (file.toString().endsWith(".adoc")) {
                    sortCellLists(lines);
                }
                Files.write(file, lines);
            }
        }
    }

    /** A canvas cell's list: "|* first" then "* next" lines; sorted as one list, the first keeps the cell's bar. */
    private static void sortCellLists(List<String> lines) {
        for (int start = 0; start < lines.size(); start++) {
            if (!lines.get(start).startsWith("|* ")) {
                continue;
            }
            int end = start + 1;
            while (end < lines.size() && lines.get(end).startsWith("* ")) {
                end++;
            }
            List<String> items = new ArrayList<>();
            items.add(lines.get(start).substring(1));
            items.addAll(lines.subList(start + 1, end));
            Collections.sort(items);
            items.set(0, "|" + items.get(0));
            for (int i = 0; i < items.size(); i++) {
                lines.set(start + i, items.get(i));
            }
            start = end - 1;
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
