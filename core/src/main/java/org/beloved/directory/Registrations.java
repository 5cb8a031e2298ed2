package org.beloved.directory;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The rules a registration must meet, whatever channel it came from. */
final class Registrations {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[A-Za-z]{2,}");
    private static final Pattern PHONE = Pattern.compile("\\+[1-9]\\d{7,14}");
    private static final Pattern WEBSITE = Pattern.compile("https?://[^\\s]{3,200}");
    /**
     * Characters that show nothing: format characters (zero-width space, joiners, BOM, soft hyphen,
     * direction marks...), the combining grapheme joiner and the Hangul fillers.
     */
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cf}\\x{034F}\\x{115F}\\x{1160}\\x{3164}\\x{FFA0}]");

    private Registrations() {
    }

    /** At most 120 characters, and at least two letters or digits once invisible characters are removed. */
    public static boolean validName(String name) {
        if (name == null || name.strip().length() > 120) {
            return false;
        }
        return visible(name).codePoints().filter(Character::isLetterOrDigit).limit(2).count() == 2;
    }

    public static boolean validContactName(String name) {
        return name != null && name.strip().length() >= 2 && name.strip().length() <= 80;
    }

    public static boolean validEmail(String email) {
        return email != null && EMAIL.matcher(email.strip()).matches() && email.strip().length() <= 254;
    }

    /**
     * The registration with its phone in E.164 when it is a number in any common form
     * ({@link PhoneNumbers}); anything else stays as typed, for {@link #problems} to refuse.
     */
    static NewCongregation normalized(NewCongregation c) {
        return PhoneNumbers.e164(c.contactPhone())
                .map(phone -> new NewCongregation(c.name(), c.tradition(), c.zip(), c.streetAddress(), c.contactName(),
                        c.contactEmail(), phone, c.website(), c.showEmail(), c.showPhone(), c.channel(), c.submittedBy()))
                .orElse(c);
    }

    /** Problems other than the ZIP (which needs the ZIP table). */
    static List<RegistrationProblem> problems(NewCongregation c) {
        List<RegistrationProblem> problems = new ArrayList<>();
        if (!validName(c.name())) {
            problems.add(RegistrationProblem.NAME);
        }
        if (c.tradition() == null) {
            problems.add(RegistrationProblem.TRADITION);
        }
        if (!validContactName(c.contactName())) {
            problems.add(RegistrationProblem.CONTACT_NAME);
        }
        boolean email = !blank(c.contactEmail());
        boolean phone = !blank(c.contactPhone());
        if (email && !validEmail(c.contactEmail())) {
            problems.add(RegistrationProblem.EMAIL);
        }
        if (phone && !PHONE.matcher(c.contactPhone().strip()).matches()) {
            problems.add(RegistrationProblem.PHONE);
        }
        if (!email && !phone) {
            problems.add(RegistrationProblem.NO_CONTACT);
        }
        if (!blank(c.website()) && !WEBSITE.matcher(c.website().strip()).matches()) {
            problems.add(RegistrationProblem.WEBSITE);
        }
        if (!blank(c.streetAddress()) && c.streetAddress().strip().length() > 200) {
            problems.add(RegistrationProblem.STREET);
        }
        return problems;
    }

    /**
     * The same congregation typed twice: case, accents, punctuation, spacing and invisible
     * characters do not matter ("St. Mary's" = "st marys"); words do ("Saint Mary's" is another key).
     */
    public static String nameKey(String name) {
        String plain = Normalizer.normalize(visible(name), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("['\u2019.]", "").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static String visible(String s) {
        return INVISIBLE.matcher(s).replaceAll("");
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
