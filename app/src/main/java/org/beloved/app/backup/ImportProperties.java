package org.beloved.app.backup;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Name;

/**
 * {@code beloved.import}: an export file ({@code GET /api/admin/export}) to load at start-up into
 * this instance's empty database; absent, nothing is imported.
 */
@ConfigurationProperties("beloved")
record ImportProperties(@Name("import") Path file) {
}
