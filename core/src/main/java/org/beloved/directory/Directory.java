package org.beloved.directory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
    private final ZipCodes zipCodes;
    private final DirectorySettings settings;
    private final Clock clock;

    Directory(CongregationRepository repository, ZipCodes zipCodes, DirectorySettings settings, Clock clock) {
        this.repository = repository;
        this.zipCodes = zipCodes;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Registers a congregation, pending an organizer's approval unless auto-approve is on. The
     * same name at the same ZIP updates the existing entry instead of adding a second one.
     */
    @Transactional
    public RegistrationResult register(NewCongregation registration) {
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
        Congregation.Status status = settings.autoApprove() ? Congregation.Status.LISTED : Congregation.Status.PENDING;
        CongregationRepository.Saved saved = repository.upsert(registration,
                Registrations.nameKey(registration.name()), ((ZipLookup.Found) zip).zipCode(), status, clock.instant());
        return new RegistrationResult(saved.id(), saved.created(), saved.status(), List.of());
    }

    /**
     * The listed congregations nearest a ZIP's centroid within the radius (default 25 miles, at
     * most 250), at most {@code limit} (default 5, at most 20); with none inside, the nearest beyond.
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
        Optional<Partner> beyond = partners.isEmpty()
                ? repository.nearest(from.latitude(), from.longitude(), null, 1).stream().findFirst()
                : Optional.empty();
        return new PartnerSearch(from, radius, partners, beyond);
    }

    public List<PublicListing> listed() {
        return repository.listed();
    }

    /** Registrations waiting for an organizer, oldest first. */
    public List<Congregation> pending(int limit) {
        return repository.byStatus(Congregation.Status.PENDING, limit);
    }

    public Optional<Congregation> find(long id) {
        return repository.find(id);
    }

    public boolean approve(long id) {
        return repository.setStatus(id, Congregation.Status.LISTED, clock.instant());
    }

    public boolean hide(long id) {
        return repository.setStatus(id, Congregation.Status.HIDDEN, clock.instant());
    }

    public boolean setShowContact(long id, boolean show) {
        return repository.setShowContact(id, show, clock.instant());
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
     * contact and wait for an organizer (listed); their phone leaves anyone else's listing.
     * @return how many listings were touched
     */
    @Transactional
    int erasePersonalData(Channel channel, String address) {
        int touched = repository.eraseSubmitter(channel.name(), address, clock.instant());
        return channel == Channel.SMS ? touched + repository.erasePhone(address, clock.instant()) : touched;
    }
}
