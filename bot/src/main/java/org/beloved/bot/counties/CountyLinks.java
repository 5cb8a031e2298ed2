package org.beloved.bot.counties;

import org.beloved.directory.Directory;
import org.beloved.shared.Language;
import org.springframework.stereotype.Component;

/**
 * The web address of a county's page ({@code /county/{fips}}), on the site ZIP answers link to:
 * {@link Directory#mapLink} is {@code <beloved.directory.public-url>/?zip=<zip>}, so its base is the site's.
 */
@Component
class CountyLinks {

    private final String site;

    CountyLinks(Directory directory) {
        this.site = directory.mapLink("").replaceFirst("/\\?zip=$", "");
    }

    String page(String fips, Language language) {
        return site + "/county/" + fips + (language == Language.ES ? "?lang=es" : "");
    }
}
