package org.beloved.shared;

import java.util.List;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Service;

/**
 * Every bot sentence, in English and Spanish, from the features' {@link TextBundle}s. A missing
 * key is a bug and fails loudly rather than showing a key to a user.
 *
 * <p>Sentences with arguments are {@link java.text.MessageFormat} patterns (write '' for an
 * apostrophe there); sentences without arguments are used as written.
 */
@Service
public class Texts {

    private final ResourceBundleMessageSource source = new ResourceBundleMessageSource();

    public Texts(List<TextBundle> bundles) {
        source.setBasenames(bundles.stream().map(TextBundle::basename).toArray(String[]::new));
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setAlwaysUseMessageFormat(false);
    }

    public String get(Language language, String key, Object... args) {
        return source.getMessage(key, args.length == 0 ? null : args, language.locale());
    }
}
