package org.beloved.toolkit;

import java.net.URI;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code beloved.toolkit.*}.
 *
 * @param dir a folder with {@code en/} and {@code es/} subfolders of section files that replaces
 *     the shipped toolkit; unset: the shipped one
 * @param publicUrl the web address the bot's messages link to ({@code /toolkit/3})
 */
@ConfigurationProperties("beloved.toolkit")
public record ToolkitSettings(Path dir, @DefaultValue("http://localhost:8080") URI publicUrl) {
}
