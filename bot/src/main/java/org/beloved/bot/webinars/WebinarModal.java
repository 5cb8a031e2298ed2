package org.beloved.bot.webinars;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.interactions.modals.ModalMapping;
import net.dv8tion.jda.api.modals.Modal;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.beloved.bot.Access;
import org.beloved.bot.BotTexts;
import org.beloved.bot.ComponentId;
import org.beloved.bot.DiscordTime;
import org.beloved.bot.Interactions;
import org.beloved.bot.ModalHandler;
import org.beloved.bot.Organizers;
import org.beloved.organizers.Actor;
import org.beloved.organizers.AuditAction;
import org.beloved.organizers.AuditLog;
import org.beloved.shared.CleanText;
import org.beloved.shared.Language;
import org.beloved.webinars.Webinar;
import org.beloved.webinars.WebinarDraft;
import org.beloved.webinars.WebinarResult;
import org.beloved.webinars.Webinars;
import org.springframework.stereotype.Component;

/**
 * The webinar form of /webinar add and edit, and its submission. The id carries what the slash
 * options chose: {@code webinar:new:<zone>:<language>} or {@code webinar:<id>:<zone|->:<language|->}.
 * In the edit form every field may stay empty, meaning "unchanged", so the form needs no database
 * read before it opens (a modal must be the interaction's first answer). Organizers only (the router
 * checks the submission too); what is saved is audited.
 */
@Component
class WebinarModal implements ModalHandler {

    static final String ID = "webinar";
    static final String NEW = "new";
    static final String UNCHANGED = "-";
    static final String TITLE = "title";
    static final String DESCRIPTION = "description";
    static final String START = "start";
    static final String DURATION = "duration";
    static final String JOIN_URL = "join-url";
    /** The audit log's record type. */
    static final String WEBINAR = "webinar";

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final Pattern TYPED_START = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})[ T]+(\\d{1,2}):(\\d{2})");

    private final Webinars webinars;
    private final Organizers organizers;
    private final AuditLog audit;

    WebinarModal(Webinars webinars, Organizers organizers, AuditLog audit) {
        this.webinars = webinars;
        this.organizers = organizers;
        this.audit = audit;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Access formAccess() {
        return Access.ORGANIZER;
    }

    static Modal forNew(BotTexts t, Language language, ZoneId zone, String webinarLanguage) {
        return form(t, language, ComponentId.of(ID, NEW, zone.getId(), webinarLanguage), "webinar.modal.new", zone, true);
    }

    static Modal forEdit(BotTexts t, Language language, long id, Optional<ZoneId> zone, Optional<String> webinarLanguage) {
        return form(t, language, ComponentId.of(ID, Long.toString(id), zone.map(ZoneId::getId).orElse(UNCHANGED),
                webinarLanguage.orElse(UNCHANGED)), "webinar.modal.edit", zone.orElse(null), false);
    }

    private static Modal form(BotTexts t, Language language, ComponentId id, String titleKey, ZoneId zone, boolean required) {
        String keep = required ? null : t.t(language, "webinar.modal.unchanged");
        String zoneText = zone == null ? t.t(language, "webinar.modal.zone-unchanged") : zone.getId();
        return Modal.create(id.encode(), t.t(language, titleKey))
                .addComponents(
                        Label.of(t.t(language, "webinar.title.label"), input(TITLE, TextInputStyle.SHORT, required, 3, 100, keep)),
                        Label.of(t.t(language, "webinar.description.label"),
                                input(DESCRIPTION, TextInputStyle.PARAGRAPH, false, 0, 1000, keep)),
                        Label.of(t.t(language, "webinar.start.label"), t.t(language, "webinar.start.help", zoneText),
                                input(START, TextInputStyle.SHORT, required, 15, 20,
                                        required ? "2026-12-08 19:00" : keep)),
                        Label.of(t.t(language, "webinar.duration.label"),
                                input(DURATION, TextInputStyle.SHORT, required, 1, 3, required ? "60" : keep)),
                        Label.of(t.t(language, "webinar.join.label"),
                                input(JOIN_URL, TextInputStyle.SHORT, required, 12, 500, required ? "https://" : keep)))
                .build();
    }

    private static TextInput input(String id, TextInputStyle style, boolean required, int min, int max, String placeholder) {
        TextInput.Builder input = TextInput.create(id, style).setRequired(required).setMaxLength(max);
        if (required && min > 0) {
            input.setMinLength(min);
        }
        if (placeholder != null) {
            input.setPlaceholder(placeholder);
        }
        return input.build();
    }

    @Override
    public void handle(ModalInteractionEvent event, ComponentId componentId, Interactions interactions) {
        Actor actor = organizers.actor(event);
        Fields fields = new Fields(value(event, TITLE), value(event, DESCRIPTION), value(event, START),
                value(event, DURATION), value(event, JOIN_URL));
        String target = componentId.arg(0);
        String zone = componentId.arg(1);
        String webinarLanguage = componentId.arg(2);
        interactions.defer(event, true, language -> {
            BotTexts t = interactions.texts();
            if (NEW.equals(target)) {
                return answer(t, language, audited(actor, AuditAction.WEBINAR_CREATE,
                        webinars.create(fields.draft(zone, webinarLanguage))));
            }
            long id = Long.parseLong(target);
            Optional<Webinar> current = webinars.find(id).filter(w -> w.status() == Webinar.Status.SCHEDULED);
            if (current.isEmpty()) {
                return MessageEditData.fromContent(t.t(language, "webinar.not-found"));
            }
            return answer(t, language, audited(actor, AuditAction.WEBINAR_EDIT,
                    webinars.edit(id, fields.over(current.get(), zone, webinarLanguage))));
        });
    }

    /** Audits a webinar saved; a refused form changed nothing, so it is not. */
    private WebinarResult audited(Actor actor, AuditAction action, WebinarResult result) {
        result.webinar().ifPresent(w -> audit.record(actor, action, WEBINAR, Long.toString(w.id())));
        return result;
    }

    private static MessageEditData answer(BotTexts t, Language language, WebinarResult result) {
        if (result.webinar().isEmpty()) {
            return MessageEditData.fromContent(result.problems().isEmpty() ? t.t(language, "webinar.not-found")
                    : t.t(language, "webinar.problems", result.problems().stream().map(p -> "- " + p)
                            .collect(Collectors.joining("\n"))));
        }
        Webinar w = result.webinar().get();
        return MessageEditData.fromContent(t.t(language, "webinar.saved", w.title(), DiscordTime.full(w.start()),
                DiscordTime.relative(w.start()), w.timeZone().getId(), localStart(w.start(), w.timeZone()),
                w.durationMinutes(), w.joinUrl()));
    }

    static String localStart(Instant start, ZoneId zone) {
        return LOCAL.format(start.atZone(zone));
    }

    private static String value(ModalInteractionEvent event, String id) {
        return Optional.ofNullable(event.getValue(id)).map(ModalMapping::getAsString).map(CleanText::clean)
                .map(String::strip).orElse("");
    }

    /** What the organizer typed; empty means "unchanged" when editing. */
    record Fields(String title, String description, String start, String duration, String joinUrl) {

        WebinarDraft draft(String zone, String language) {
            return new WebinarDraft(title, description, isoStart(start), zone, minutes(duration), joinUrl, language);
        }

        /** The Spanish texts of a bilingual webinar, which the modal does not show, are kept. */
        WebinarDraft over(Webinar w, String zone, String language) {
            String newZone = UNCHANGED.equals(zone) ? w.timeZone().getId() : zone;
            return new WebinarDraft(or(title, w.title()), or(description, w.description()),
                    start.isEmpty() ? LocalDateTime.ofInstant(w.start(), ZoneId.of(newZone)).toString() : isoStart(start),
                    newZone, duration.isEmpty() ? Integer.valueOf(w.durationMinutes()) : minutes(duration),
                    or(joinUrl, w.joinUrl()), UNCHANGED.equals(language) ? w.language().code() : language,
                    w.titleEs(), w.descriptionEs());
        }

        private static String or(String typed, String current) {
            return typed.isEmpty() ? current : typed;
        }

        /** "2026-12-08 19:00" or "2026-12-08 7:00" as typed, in ISO form for the use case (which explains a bad one). */
        static String isoStart(String typed) {
            Matcher m = TYPED_START.matcher(typed);
            return m.matches() ? m.group(1) + "T" + (m.group(2).length() == 1 ? "0" : "") + m.group(2) + ":" + m.group(3) : typed;
        }

        private static Integer minutes(String typed) {
            try {
                return Integer.valueOf(typed);
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }
}
