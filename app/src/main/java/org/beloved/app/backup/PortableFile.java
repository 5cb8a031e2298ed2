package org.beloved.app.backup;

/**
 * The export file's first line, {@code {"type":"beloved-export","version":1,"exportedAt":"..."}},
 * and its last, {@code {"type":"beloved-export-end","records":N}}: a download cut short lacks the
 * last line (or its count disagrees), and such a file is never imported.
 */
final class PortableFile {

    static final String HEADER_TYPE = "beloved-export";
    static final int VERSION = 1;
    static final String END_TYPE = "beloved-export-end";

    private PortableFile() {
    }
}
