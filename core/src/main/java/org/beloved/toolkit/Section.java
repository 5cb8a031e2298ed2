package org.beloved.toolkit;

import java.util.List;
import org.beloved.shared.Language;

/**
 * One toolkit section in one language, from a Markdown file with front matter.
 *
 * @param sms a summary that fits two SMS segments
 * @param markdown the section's body (CommonMark)
 */
public record Section(String id, int number, Language language, String title, String summary, String sms,
        List<String> keywords, String markdown, String source) {
}
