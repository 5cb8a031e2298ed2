package org.beloved.directory;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code beloved.directory.*}.
 *
 * @param autoApprove list new registrations at once instead of waiting for an organizer
 */
@ConfigurationProperties("beloved.directory")
record DirectorySettings(@DefaultValue("false") boolean autoApprove) {
}
