package org.beloved.organizers;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.beloved.shared.Channel;
import org.beloved.shared.Pii;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organizers: list, add, remove (each change audited in the same transaction), the start-up
 * bootstrap from settings, and whether a Discord user is an active organizer. That last answer comes
 * from memory, because Discord asks on its event thread: the table is read again after every change
 * made here and every {@link OrganizerStartup#REFRESH} for changes made by other instances.
 */
@Service
public class OrganizerRoster {

    private static final Logger log = LoggerFactory.getLogger(OrganizerRoster.class);

    static final String ORGANIZER = "organizer";

    private final OrganizerRepository repository;
    private final AuditLog audit;
    private final Clock clock;
    private volatile Map<String, Organizer> onDiscord = Map.of();

    OrganizerRoster(OrganizerRepository repository, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every organizer, removed ones too, in the order they were first added. */
    public List<Organizer> all() {
        return repository.all();
    }

    /** Adds an organizer (or makes a removed one active again) and audits it; or says what is wrong. */
    @Transactional
    public OrganizerResult add(NewOrganizer request, Actor by) {
        NewOrganizer organizer = clean(request);
        List<String> problems = problems(organizer);
        if (!problems.isEmpty()) {
            return OrganizerResult.refused(problems);
        }
        Optional<Long> id = repository.insert(organizer, by.label(), clock.instant())
                .or(() -> repository.reactivate(organizer, by.label(), clock.instant()));
        if (id.isEmpty()) {
            return OrganizerResult.refused(List.of("that Discord user id or phone number is already an organizer"));
        }
        audit.record(by, AuditAction.ORGANIZER_ADD, ORGANIZER, Long.toString(id.get()));
        refresh();
        return OrganizerResult.added(repository.find(id.get()).orElseThrow());
    }

    /** Removes an active organizer (the row stays, inactive) and audits it; false when there is none. */
    @Transactional
    public boolean remove(long id, Actor by) {
        if (!repository.deactivate(id, clock.instant())) {
            return false;
        }
        audit.record(by, AuditAction.ORGANIZER_REMOVE, ORGANIZER, Long.toString(id));
        refresh();
        return true;
    }

    /**
     * DELETE MY DATA: removes this phone (SMS) or Discord id from the organizer table, and the
     * organizer too when it was their only one; each change audited. False when the table held neither.
     */
    @Transactional
    public boolean erase(Channel channel, String address) {
        if (channel != Channel.SMS && channel != Channel.DISCORD) {
            return false;
        }
        List<Long> erased = repository.eraseContact(channel == Channel.SMS, address);
        Actor actor = Actor.labelled("delete-my-data", channel == Channel.SMS ? AuditChannel.SMS : AuditChannel.DISCORD);
        erased.forEach(id -> audit.record(actor, AuditAction.ORGANIZER_ERASE, ORGANIZER, Long.toString(id)));
        if (!erased.isEmpty()) {
            refresh();
        }
        return !erased.isEmpty();
    }

    /** The active organizer with this Discord user id, from memory (no database round trip). */
    public Optional<Organizer> onDiscord(String discordUserId) {
        return Optional.ofNullable(discordUserId).map(onDiscord::get);
    }

    /** The active organizer with this phone number (E.164), read from the table. */
    public Optional<Organizer> activeWithPhone(String phone) {
        return phone == null ? Optional.empty() : repository.activeWithPhone(phone);
    }

    /** The organizer with this id, active or removed, read from the table. */
    public Optional<Organizer> find(long id) {
        return repository.find(id);
    }

    /** Whether any active organizer has a Discord user id, from memory. */
    public boolean anyOnDiscord() {
        return !onDiscord.isEmpty();
    }

    /** Reads the active Discord organizers again. */
    public void refresh() {
        onDiscord = repository.activeOnDiscord().stream()
                .collect(Collectors.toUnmodifiableMap(Organizer::discordUserId, Function.identity()));
    }

    /**
     * Adds the organizers the settings name who are not in the table yet, active or removed; each one
     * added is audited as done by {@code settings}. Safe to run on every start of every instance.
     */
    @Transactional
    public int bootstrap(OrganizerSettings settings) {
        int added = 0;
        for (String id : settings.discordUserIds()) {
            added += bootstrapOne(new NewOrganizer("Discord " + Pii.mask(id), id, null));
        }
        for (String phone : settings.phones()) {
            added += bootstrapOne(new NewOrganizer("Phone " + Pii.mask(phone), null, phone));
        }
        if (added > 0) {
            log.info("Organizers: added {} from beloved.organizers.* settings", added);
        }
        return added;
    }

    private int bootstrapOne(NewOrganizer organizer) {
        Actor settings = Actor.settings();
        return repository.insert(organizer, settings.label(), clock.instant()).map(id -> {
            audit.record(settings, AuditAction.ORGANIZER_ADD, ORGANIZER, Long.toString(id));
            return 1;
        }).orElse(0);
    }

    private static NewOrganizer clean(NewOrganizer o) {
        return new NewOrganizer(o.displayName() == null ? null : o.displayName().strip(), blankToNull(o.discordUserId()),
                blankToNull(o.phone()));
    }

    private static List<String> problems(NewOrganizer o) {
        List<String> problems = new ArrayList<>();
        if (o.displayName() == null || o.displayName().isEmpty() || o.displayName().length() > 100
                || o.displayName().chars().anyMatch(Character::isISOControl)) {
            problems.add("displayName must be 1 to 100 characters");
        }
        if (o.discordUserId() == null && o.phone() == null) {
            problems.add("give a discordUserId or a phone");
        }
        if (o.discordUserId() != null && !o.discordUserId().matches(Organizer.DISCORD_USER_ID)) {
            problems.add("discordUserId must be a Discord user id (17 to 20 digits)");
        }
        if (o.phone() != null && !o.phone().matches(Organizer.PHONE)) {
            problems.add("phone must be in E.164, like +14155550123");
        }
        return problems;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
