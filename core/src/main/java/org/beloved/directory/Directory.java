package org.beloved.directory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import org.beloved.shared.Channel;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partner directory's use cases: register a congregation, find the partners nearest a ZIP,
 * review pending registrations, and let a contact see or remove their listing. Only listed
 * congregations ever reach the public, and only through public types.
 */
@Service
public class Directory {

    public static final int DEFAULT_RADIUS = 25;
    public static final int MAX_RADIUS = 250;
    public static final int DEFAULT_LIMIT = 5;
    public static final int MAX_LIMIT = 20;

    private final CongregationRepository repository;
    private final ClaimRepository claims;
    private final FreshnessStore freshness;
    private final ZipCodes zipCodes;
    private final DirectorySettings settings;
    private final Clock clock;

    Directory(CongregationRepository repository, ClaimRepository claims, FreshnessStore freshness, ZipCodes zipCodes,
            DirectorySettings settings, Clock clock) {
        this.repository = repository;
        this.claims = claims;
        this.freshness = freshness;
        this.zipCodes = zipCodes;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Registers a congregation, pending an organizer's approval unless auto-approve is on. The same
     * name key at the same ZIP is the same congregation: its own submitter (same channel and
     * address) updates it in place; anyone else's registration never changes it but becomes a
     * pending {@link Claim} for organizers, and the listing stays as it is meanwhile. A phone typed
     * in any common form is stored in E.164 ({@link PhoneNumbers}).
     */
    @Transactional
    public RegistrationResult register(NewCongregation typed) {
        NewCongregation registration = Registrations.normalized(typed);
        List<RegistrationProblem> problems = new ArrayList<>(Registrations.problems(registration));
        ZipLookup zip = zipCodes.lookup(registration.zip());
        if (zip instanceof ZipLookup.Malformed) {
            problems.add(RegistrationProblem.ZIP_MALFORMED);
        } else if (zip instanceof ZipLookup.Unknown) {
            problems.add(RegistrationProblem.ZIP_UNKNOWN);
        }
        if (!problems.isEmpty()) {
            return RegistrationResult.refused(problems);
        }
        ZipCode zipCode = ((ZipLookup.Found) zip).zipCode();
        String key = Registrations.nameKey(registration.name());
        Optional<CongregationRepository.Owner> existing = repository.lockByKey(key, zipCode.zip());
        if (existing.isEmpty()) {
            Congregation.Status status = settings.autoApprove() ? Congregation.Status.LISTED : Congregation.Status.PENDING;
            Optional<CongregationRepository.Saved> saved = repository.insert(registration, key, zipCode, status,
                    clock.instant());
            if (saved.isPresent()) {
                return new RegistrationResult(saved.get().id(), true, saved.get().status(), List.of(), null);
            }
            existing = repository.lockByKey(key, zipCode.zip());   // the same congregation was registered meanwhile
        }
        CongregationRepository.Owner owner = existing.orElseThrow();
        if (owner.submitted(registration)) {
            repository.updateOwn(owner.id(), registration, clock.instant());
            return new RegistrationResult(owner.id(), false, owner.status(), List.of(), null);
        }
        long claim = claims.save(owner.id(), registration, clock.instant());
        return new RegistrationResult(owner.id(), false, owner.status(), List.of(), claim);
    }

    /**
     * The listed congregations nearest a ZIP's centroid within the radius (default 25 miles, at
     * most 250), at most {@code limit} (default 5, at most 20); with none inside, the few nearest beyond.
     *
     * @throws IllegalArgumentException when radius or limit are out of range
     */
    public PartnerSearch nearest(ZipCode from, Integer radiusMiles, Integer limit) {
        int radius = radiusMiles == null ? DEFAULT_RADIUS : radiusMiles;
        int n = limit == null ? DEFAULT_LIMIT : limit;
        if (radius < 1 || radius > MAX_RADIUS) {
            throw new IllegalArgumentException("radius must be between 1 and " + MAX_RADIUS + " miles");
        }
        if (n < 1 || n > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
        List<Partner> partners = repository.nearest(from.latitude(), from.longitude(), (double) radius, n);
        List<Partner> beyond = partners.isEmpty()
                ? repository.nearest(from.latitude(), from.longitude(), null, PartnerSearch.BEYOND)
                : List.of();
        return new PartnerSearch(from, radius, partners, beyond);
    }

    /** The home page's map centred on this ZIP code, with its list shown ({@code beloved.directory.public-url}). */
    public String mapLink(String zip) {
        return settings.mapLink(zip);
    }

    /**
     * A number that changes, in every instance, once any change to a listing is committed (a
     * registration, an approval, a contact's consent, an erasure): an answer built only from the
     * listings can be kept per version. Read it before the listings the answer is built from. Empty
     * when it cannot be known: build afresh and keep nothing.
     */
    public OptionalLong version() {
        return repository.version();
    }

    public List<PublicListing> listed() {
        return repository.listed();
    }

    /** Registrations waiting for an organizer, oldest first. */
    public List<Congregation> pending(int limit) {
        return repository.byStatus(Congregation.Status.PENDING, limit);
    }

    /**
     * Listings for organizers to look through: those whose name, city or ZIP contains {@code text}
     * (case-insensitive; blank: all), in {@code status} or any (null), newest first, at most {@code limit}.
     */
    public List<Congregation> search(String text, Congregation.Status status, int limit) {
        return repository.search(text == null ? "" : text.strip(), status, Math.max(1, Math.min(limit, 500)));
    }

    public Optional<Congregation> find(long id) {
        return repository.find(id);
    }

    /** Lists the listing; its 90 days before the next check-in ({@link ListingCheckIns}) start now. */
    @Transactional
    public boolean approve(long id) {
        boolean approved = repository.setStatus(id, Congregation.Status.LISTED, clock.instant());
        if (approved) {
            freshness.confirm(id, clock.instant());
        }
        return approved;
    }

    public boolean hide(long id) {
        return repository.setStatus(id, Congregation.Status.HIDDEN, clock.instant());
    }

    /**
     * An organizer's edit of a listing: only the fields given change ({@link ListingEdit}), and the
     * listing as it would be must meet the rules a registration meets, its ZIP known (a new one brings
     * its city, state and centre) and its name not another listing's at that ZIP; otherwise nothing
     * changes. The status stays. The update moves the directory's {@link #version()} in the same
     * transaction (V15's trigger), so the map and the cached ZIP answers see the edit once committed.
     */
    @Transactional
    public ListingEditResult edit(long id, ListingEdit edit) {
        return edit(id, stored -> edit);
    }

    /**
     * As {@link #edit(long, ListingEdit)}, with the edit made from the listing as it is under the row's
     * lock: a caller that knows what its user saw can check that the fields it changes were not
     * changed meanwhile. An exception {@code change} throws (that caller's conflict) leaves the listing
     * untouched and reaches the caller.
     */
    @Transactional
    public ListingEditResult edit(long id, Function<Congregation, ListingEdit> change) {
        Optional<Congregation> locked = repository.lock(id);
        if (locked.isEmpty()) {
            return new ListingEditResult.NotFound();
        }
        ListingEdit edit = change.apply(locked.get());
        NewCongregation edited = consentFollowsItsValue(locked.get(), edit,
                Registrations.normalized(edit.applyTo(locked.get())));
        List<RegistrationProblem> problems = new ArrayList<>(Registrations.problems(edited));
        ZipLookup zip = zipCodes.lookup(edited.zip());
        if (zip instanceof ZipLookup.Malformed) {
            problems.add(RegistrationProblem.ZIP_MALFORMED);
        } else if (zip instanceof ZipLookup.Unknown) {
            problems.add(RegistrationProblem.ZIP_UNKNOWN);
        }
        if (!problems.isEmpty()) {
            return new ListingEditResult.Refused(problems);
        }
        ZipCode zipCode = ((ZipLookup.Found) zip).zipCode();
        String key = Registrations.nameKey(edited.name());
        if (repository.lockByKey(key, zipCode.zip()).filter(other -> other.id() != id).isPresent()) {
            return new ListingEditResult.Refused(List.of(RegistrationProblem.DUPLICATE));
        }
        if (!repository.edit(id, edited, key, zipCode, clock.instant())) {
            return new ListingEditResult.Refused(List.of(RegistrationProblem.DUPLICATE));   // taken meanwhile
        }
        return new ListingEditResult.Edited(repository.find(id).orElseThrow());
    }

    /**
     * A yes to show the email or phone was given for that address or number: when the edit changes
     * it without saying whether to show the new one, the new one is not shown (rule: never shown
     * without that field's own yes).
     */
    private static NewCongregation consentFollowsItsValue(Congregation before, ListingEdit edit, NewCongregation after) {
        boolean showEmail = edit.showEmail() == null && !Objects.equals(before.contactEmail(), after.contactEmail())
                ? false : after.showEmail();
        boolean showPhone = edit.showPhone() == null && !Objects.equals(before.contactPhone(), after.contactPhone())
                ? false : after.showPhone();
        return new NewCongregation(after.name(), after.tradition(), after.zip(), after.streetAddress(), after.contactName(),
                after.contactEmail(), after.contactPhone(), after.website(), showEmail, showPhone, after.channel(),
                after.submittedBy());
    }

    /** The contact's own answer about showing the listing's email (the phone has its own). */
    public boolean setShowEmail(long id, boolean show) {
        return repository.setShowEmail(id, show, clock.instant());
    }

    /** Claims waiting for an organizer, oldest first, each with the listing it claims as it is now. */
    public List<Claim> pendingClaims(int limit) {
        return claims.pending(limit).stream().flatMap(row -> repository.find(row.congregationId())
                .map(listing -> claim(row, listing)).stream()).toList();
    }

    /**
     * An organizer's decision on a pending claim: approved, the listing passes to the claimant's
     * contact (its name and status stay); rejected, the listing stays untouched. Empty when the
     * claim is no longer pending (decided already, or its listing is gone).
     */
    @Transactional
    public Optional<Claim> resolveClaim(long claimId, boolean approve) {
        Optional<ClaimRepository.Row> row = claims.lockPending(claimId);
        Optional<Congregation> listing = row.flatMap(r -> repository.find(r.congregationId()));
        if (listing.isEmpty()) {
            return Optional.empty();
        }
        if (approve) {
            repository.handOver(listing.get().id(), row.get().claimant(), clock.instant());
        }
        claims.resolve(claimId, approve, clock.instant());
        return Optional.of(claim(row.get(), listing.get()));
    }

    /** The claimant's own answer about showing their email, on their own pending claim only. */
    public boolean setClaimShowEmail(long claimId, Channel channel, String address, boolean show) {
        return claims.setShowEmail(claimId, channel.name(), address, show);
    }

    private static Claim claim(ClaimRepository.Row row, Congregation listing) {
        NewCongregation c = row.claimant();
        return new Claim(row.id(), listing, c.name(), c.tradition(), c.contactName(), c.contactEmail(), c.contactPhone(),
                c.website(), c.channel().name(), row.createdAt());
    }

    /** How many listings are in each status, for organizers' statistics. */
    public java.util.Map<Congregation.Status, Long> countByStatus() {
        return repository.countByStatus();
    }

    /** The listings this sender registered on this channel. */
    public List<Congregation> listingsOf(Channel channel, String address) {
        return repository.submittedBy(channel.name(), address);
    }

    /** Hides every listing this sender registered; returns how many. */
    @Transactional
    public int removeListingsOf(Channel channel, String address) {
        int hidden = 0;
        for (Congregation c : listingsOf(channel, address)) {
            if (c.status() != Congregation.Status.HIDDEN && hide(c.id())) {
                hidden++;
            }
        }
        return hidden;
    }

    /**
     * DELETE MY DATA: the listings the sender registered are removed (pending) or lose their
     * contact and wait for an organizer (listed); their phone leaves anyone else's listing; their
     * claims are deleted, and check-ins waiting for their answer are dropped.
     * @return how many listings were touched
     */
    @Transactional
    int erasePersonalData(Channel channel, String address) {
        claims.erase(channel.name(), address, channel == Channel.SMS ? address : null);
        freshness.erase(channel, address);
        int touched = repository.eraseSubmitter(channel.name(), address, clock.instant());
        return channel == Channel.SMS ? touched + repository.erasePhone(address, clock.instant()) : touched;
    }
}
