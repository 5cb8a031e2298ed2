package org.beloved.counties;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.beloved.directory.Directory;
import org.beloved.directory.ZipCodes;
import org.beloved.directory.ZipCounty;
import org.beloved.organizers.Actor;
import org.beloved.organizers.AuditAction;
import org.beloved.organizers.AuditLog;
import org.beloved.toolkit.Stance;
import org.beloved.toolkit.StateLaw;
import org.beloved.toolkit.StateTable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every county of the ZIP table, as recorded by organizers or, where nothing is recorded, as its
 * state's law sets it: a state that requires cooperation gives {@link DetainerPolicy#STATE_REQUIRES}
 * (else {@link DetainerPolicy#UNKNOWN}), and one that mandates 287(g) gives
 * {@link Agreement287g#WARRANT_SERVICE}, the least model the mandates accept (else {@link Agreement287g#NONE}).
 */
@Service
public class Counties {

    /** The audit log's record type for a county; the record id is its FIPS code. */
    public static final String RECORD_TYPE = "county";
    private static final Pattern FIPS = Pattern.compile("\\d{5}");
    private static final Comparator<CountyCongregation> BY_NAME =
            Comparator.comparing(CountyCongregation::name, String.CASE_INSENSITIVE_ORDER);

    private final ZipCodes zipCodes;
    private final Directory directory;
    private final StateTable states;
    private final CountyRepository repository;
    private final AuditLog audit;
    private final Clock clock;
    private volatile Map<String, ZipCounty> places;
    /** The listed congregations by county, kept per directory version (every ZIP answer reads them). */
    private volatile Listed listed;

    private record Listed(long version, Map<String, List<CountyCongregation>> byCounty) {
    }

    Counties(ZipCodes zipCodes, Directory directory, StateTable states, CountyRepository repository, AuditLog audit,
            Clock clock) {
        this.zipCodes = zipCodes;
        this.directory = directory;
        this.states = states;
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
    }

    /** The 5-digit county FIPS code of a ZIP (ZIP+4 and spaces allowed); empty for an unknown ZIP or county. */
    public Optional<String> fipsOf(String zip) {
        return ZipCodes.normalize(zip).flatMap(zipCodes::countyFips);
    }

    public Optional<County> find(String fips) {
        return place(fips).map(p -> county(p, repository.find(p.fips()), congregations(p.fips()).size()));
    }

    public Optional<County> forZip(String zip) {
        return fipsOf(zip).flatMap(this::find);
    }

    /** Every county the ZIP table knows, ordered by FIPS. */
    public List<County> all() {
        Map<String, CountyRecord> records = repository.all().stream()
                .collect(Collectors.toMap(CountyRecord::fips, Function.identity()));
        Map<String, List<CountyCongregation>> congregations = congregationsByCounty();
        return zipCodes.counties().stream().map(p -> county(p, Optional.ofNullable(records.get(p.fips())),
                congregations.getOrDefault(p.fips(), List.of()).size())).toList();
    }

    /** The listed congregations in a county, by name: public fields only. */
    public List<CountyCongregation> congregations(String fips) {
        return fips == null ? List.of() : congregationsByCounty().getOrDefault(fips.strip(), List.of());
    }

    private Map<String, List<CountyCongregation>> congregationsByCounty() {
        OptionalLong version = directory.version();
        Listed kept = listed;
        if (kept != null && version.isPresent() && kept.version() == version.getAsLong()) {
            return kept.byCounty();
        }
        Map<String, List<CountyCongregation>> byCounty = directory.listed().stream()
                .flatMap(l -> zipCodes.countyFips(l.zip()).stream()
                        .map(fips -> Map.entry(fips, new CountyCongregation(l.id(), l.name(), l.city()))))
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.collectingAndThen(
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList()),
                        list -> list.stream().sorted(BY_NAME).toList())));
        if (version.isPresent()) {
            listed = new Listed(version.getAsLong(), byCounty);
        }
        return byCounty;
    }

    /**
     * Records what an organizer says of a county, replacing what was recorded, and audits it as
     * {@code county.edit} by {@code actor}. Nothing is saved or audited when the edit is invalid or
     * the county unknown.
     */
    @Transactional
    public CountyEditResult edit(String fips, CountyEdit edit, Actor actor) {
        Optional<ZipCounty> place = place(fips);
        if (place.isEmpty()) {
            return new CountyEditResult.NotFound();
        }
        CountyEdit typed = edit == null ? new CountyEdit(null, null, null, null, null, null, null) : edit;
        County defaults = county(place.get(), Optional.empty(), 0);
        CountyProblems.Checked checked = CountyProblems.check(place.get().fips(), typed, defaults,
                LocalDate.now(clock));
        if (checked.record().isEmpty()) {
            return new CountyEditResult.Invalid(checked.problems());
        }
        repository.save(checked.record().get(), clock.instant());
        audit.record(actor, AuditAction.COUNTY_EDIT, RECORD_TYPE, place.get().fips());
        return new CountyEditResult.Saved(find(place.get().fips()).orElseThrow());
    }

    private Optional<ZipCounty> place(String fips) {
        if (fips == null || !FIPS.matcher(fips.strip()).matches()) {
            return Optional.empty();
        }
        Map<String, ZipCounty> known = places;
        if (known == null) {
            known = zipCodes.counties().stream().collect(Collectors.toUnmodifiableMap(ZipCounty::fips, Function.identity()));
            places = known;
        }
        return Optional.ofNullable(known.get(fips.strip()));
    }

    private County county(ZipCounty place, Optional<CountyRecord> recorded, int congregations) {
        if (recorded.isPresent()) {
            CountyRecord r = recorded.get();
            return new County(place.fips(), place.name(), place.state(), r.detainerPolicy(), r.agreement287g(),
                    r.policyNote(), r.sourceUrl(), r.reviewedOn(), r.campaignStatus(), r.nextMeeting(), true,
                    congregations);
        }
        Optional<StateLaw> law = states.byCode(place.state());
        DetainerPolicy policy = law.filter(l -> l.stance() == Stance.REQUIRES).isPresent()
                ? DetainerPolicy.STATE_REQUIRES : DetainerPolicy.UNKNOWN;
        Agreement287g agreement = law.filter(l -> l.agreement287g() == org.beloved.toolkit.Agreement287g.MANDATED)
                .isPresent() ? Agreement287g.WARRANT_SERVICE : Agreement287g.NONE;
        return new County(place.fips(), place.name(), place.state(), policy, agreement, null, null, null,
                CampaignStatus.NONE, Optional.empty(), false, congregations);
    }
}
