package org.beloved.app.backup;

/** The export file's first line: {@code {"type":"beloved-export","version":1,"exportedAt":"..."}}. */
final class PortableFile {

    static final String HEADER_TYPE = "beloved-export";
    static final int VERSION = 1;

    private PortableFile() {
    }
}
