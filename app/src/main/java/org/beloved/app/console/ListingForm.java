package org.beloved.app.console;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.beloved.directory.Congregation;
import org.beloved.directory.ListingEdit;

/**
 * The listing edit form's fields, named as the admin API names them, each beside the value the page
 * showed ({@code was...}, hidden fields). A field counts as changed when the organizer changed it in
 * the form, not when it differs from the stored row: so a change made meanwhile to another field (the
 * contact updating their listing by text, another organizer) is not undone by this form's stale copy
 * of it. A field the organizer changed that was also changed meanwhile, to something else, is a
 * conflict and nothing is saved. An unticked box is not sent: absent means no.
 */
record ListingForm(String name, String tradition, String zip, String streetAddress, String contactName,
        String contactEmail, String contactPhone, String website, Boolean showEmail, Boolean showPhone,
        String wasName, String wasTradition, String wasZip, String wasStreetAddress, String wasContactName,
        String wasContactEmail, String wasContactPhone, String wasWebsite, Boolean wasShowEmail,
        Boolean wasShowPhone) {

    /** A text field: its label's key (under {@code console.listing.field.}) and how each side reads it. */
    private record Field(String label, Function<ListingForm, String> typed, Function<ListingForm, String> shown,
            Function<Congregation, String> stored) {
    }

    private static final List<Field> FIELDS = List.of(
            new Field("name", ListingForm::name, ListingForm::wasName, Congregation::name),
            new Field("tradition", ListingForm::tradition, ListingForm::wasTradition, c -> c.tradition().name()),
            new Field("zip", ListingForm::zip, ListingForm::wasZip, Congregation::zip),
            new Field("street", ListingForm::streetAddress, ListingForm::wasStreetAddress, Congregation::streetAddress),
            new Field("contact-name", ListingForm::contactName, ListingForm::wasContactName, Congregation::contactName),
            new Field("email", ListingForm::contactEmail, ListingForm::wasContactEmail, Congregation::contactEmail),
            new Field("phone", ListingForm::contactPhone, ListingForm::wasContactPhone, Congregation::contactPhone),
            new Field("website", ListingForm::website, ListingForm::wasWebsite, Congregation::website));

    static ListingForm of(Congregation c) {
        return new ListingForm(c.name(), c.tradition().name(), c.zip(), c.streetAddress(), c.contactName(),
                c.contactEmail(), c.contactPhone(), c.website(), c.showEmail(), c.showPhone(), c.name(),
                c.tradition().name(), c.zip(), c.streetAddress(), c.contactName(), c.contactEmail(),
                c.contactPhone(), c.website(), c.showEmail(), c.showPhone());
    }

    /**
     * Only what the organizer changed; an emptied field is given as "". When the email or phone
     * changes, its box is sent as it stands: the organizer saw it beside the new value (without it,
     * the directory would not show a new address or number).
     */
    ListingEdit changes() {
        String email = changed(contactEmail, wasContactEmail);
        String phone = changed(contactPhone, wasContactPhone);
        return new ListingEdit(changed(name, wasName), changed(tradition, wasTradition), changed(zip, wasZip),
                changed(streetAddress, wasStreetAddress), changed(contactName, wasContactName), email, phone,
                changed(website, wasWebsite),
                email != null ? Boolean.valueOf(Boolean.TRUE.equals(showEmail)) : changed(showEmail, wasShowEmail),
                phone != null ? Boolean.valueOf(Boolean.TRUE.equals(showPhone)) : changed(showPhone, wasShowPhone));
    }

    /**
     * {@link #changes()}, checked against the listing as stored now (under its lock).
     *
     * @throws EditConflict when a text field the organizer changed now holds neither what the page
     *     showed nor what they typed (a box has two values, so a changed box never conflicts)
     */
    ListingEdit unlessChangedMeanwhile(Congregation stored) {
        List<EditConflict.Field> conflicts = new ArrayList<>();
        for (Field f : FIELDS) {
            String typed = f.typed().apply(this);
            String now = text(f.stored().apply(stored));
            if (changed(typed, f.shown().apply(this)) != null && !now.equals(text(f.shown().apply(this)))
                    && !now.equals(text(typed))) {
                conflicts.add(new EditConflict.Field(f.label(), now, text(typed)));
            }
        }
        if (!conflicts.isEmpty()) {
            throw new EditConflict(conflicts);
        }
        return changes();
    }

    /**
     * The form to show after a conflict: each field the organizer changed keeps what they typed,
     * every other field shows the listing as it is now; and all of them were "shown" now.
     */
    ListingForm rebasedOn(Congregation now) {
        ListingForm current = of(now);
        return new ListingForm(pick(name, wasName, now.name()), pick(tradition, wasTradition, now.tradition().name()),
                pick(zip, wasZip, now.zip()), pick(streetAddress, wasStreetAddress, now.streetAddress()),
                pick(contactName, wasContactName, now.contactName()),
                pick(contactEmail, wasContactEmail, now.contactEmail()),
                pick(contactPhone, wasContactPhone, now.contactPhone()), pick(website, wasWebsite, now.website()),
                changed(showEmail, wasShowEmail) == null ? now.showEmail() : Boolean.TRUE.equals(showEmail),
                changed(showPhone, wasShowPhone) == null ? now.showPhone() : Boolean.TRUE.equals(showPhone),
                current.wasName(), current.wasTradition(), current.wasZip(), current.wasStreetAddress(),
                current.wasContactName(), current.wasContactEmail(), current.wasContactPhone(), current.wasWebsite(),
                current.wasShowEmail(), current.wasShowPhone());
    }

    private static String pick(String typed, String shown, String now) {
        return changed(typed, shown) == null ? now : typed;
    }

    private static String changed(String now, String was) {
        String typed = text(now);
        return typed.equals(text(was)) ? null : typed;
    }

    private static Boolean changed(Boolean now, Boolean was) {
        boolean ticked = Boolean.TRUE.equals(now);
        return ticked == Boolean.TRUE.equals(was) ? null : ticked;
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
