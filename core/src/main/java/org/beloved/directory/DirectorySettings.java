package org.beloved.directory;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code beloved.directory.*}.
 *
 * @param autoApprove list new registrations at once instead of waiting for an organizer
 * @param publicUrl the web address ZIP answers link their map to ({@code /?zip=60614})
 */
@ConfigurationProperties("beloved.directory")
record DirectorySettings(@DefaultValue("false") boolean autoApprove,
        @DefaultValue("http://localhost:8080") URI publicUrl) {

    /** The home page's map centred on this ZIP code, with its list shown. */
    String mapLink(String zip) {
        return publicUrl.toString().replaceAll("/+$", "") + "/?zip=" + zip;
    }
}
