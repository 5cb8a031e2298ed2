package org.beloved.app.directory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.beloved.directory.Directory;
import org.beloved.directory.Partner;
import org.beloved.directory.PartnerSearch;
import org.beloved.directory.PublicContact;
import org.beloved.directory.PublicListing;
import org.beloved.directory.ZipCode;
import org.beloved.directory.ZipCodes;
import org.beloved.directory.ZipLookup;
import org.beloved.shared.Language;
import org.beloved.shared.Texts;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public directory API: the partners nearest a ZIP, and every listed congregation as GeoJSON
 * for the map. Only public fields: never a street address, a contact only with consent.
 */
@RestController
class PartnersApi {

    private final Directory directory;
    private final ZipCodes zipCodes;
    private final Texts texts;

    PartnersApi(Directory directory, ZipCodes zipCodes, Texts texts) {
        this.directory = directory;
        this.zipCodes = zipCodes;
        this.texts = texts;
    }

    /**
     * {@code GET /api/partners?zip=94110&radius=25&limit=5}, or {@code ?lat=37.76&lon=-122.42} for
     * the ZIP nearest a point ("use my location"). {@code lang=es} writes errors in Spanish.
     */
    @GetMapping(path = "/api/partners", produces = "application/json")
    ResponseEntity<Map<String, Object>> partners(@RequestParam(required = false) String zip,
            @RequestParam(required = false) String radius, @RequestParam(required = false) String limit,
            @RequestParam(required = false) Double lat, @RequestParam(required = false) Double lon,
            @RequestParam(defaultValue = "en") String lang) {
        Language language = Language.fromCode(lang);
        ZipLookup lookup = (zip == null || zip.isBlank()) && lat != null && lon != null
                ? zipCodes.nearest(lat, lon).<ZipLookup>map(ZipLookup.Found::new).orElse(new ZipLookup.Unknown(""))
                : zipCodes.lookup(zip);
        if (lookup instanceof ZipLookup.Malformed) {
            return bad(texts.get(language, "web.partners.bad-zip"));
        }
        if (lookup instanceof ZipLookup.Unknown unknown) {
            return bad(unknown.zip().isEmpty() ? texts.get(language, "web.partners.no-zip-here")
                    : texts.get(language, "web.partners.unknown-zip", unknown.zip()));
        }
        Integer r;
        Integer n;
        try {
            r = radius == null || radius.isBlank() ? null : Integer.valueOf(radius.strip());
            n = limit == null || limit.isBlank() ? null : Integer.valueOf(limit.strip());
        } catch (NumberFormatException e) {
            return bad(texts.get(language, "web.partners.bad-numbers"));
        }
        ZipCode from = ((ZipLookup.Found) lookup).zipCode();
        PartnerSearch search;
        try {
            search = directory.nearest(from, r, n);
        } catch (IllegalArgumentException e) {
            return bad(e.getMessage());
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("zip", from.zip());
        body.put("city", from.city());
        body.put("state", from.state());
        body.put("radiusMiles", search.radiusMiles());
        body.put("partners", search.partners().stream().map(PartnersApi::partner).toList());
        search.nearestBeyond().ifPresent(p -> body.put("nearestBeyond", partner(p)));
        return ResponseEntity.ok(body);
    }

    /** {@code GET /api/congregations.geojson}: listed congregations as points at their ZIP's centroid. */
    @GetMapping(path = "/api/congregations.geojson", produces = "application/geo+json")
    Map<String, Object> geojson() {
        List<Map<String, Object>> features = directory.listed().stream().map(PartnersApi::feature).toList();
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("type", "FeatureCollection");
        collection.put("features", features);
        return collection;
    }

    private static Map<String, Object> partner(Partner p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("name", p.name());
        m.put("tradition", p.tradition().name());
        m.put("city", p.city());
        m.put("state", p.state());
        m.put("zip", p.zip());
        m.put("distanceMiles", p.distanceMiles());
        contact(m, p.contact());
        return m;
    }

    private static Map<String, Object> feature(PublicListing l) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("id", l.id());
        properties.put("name", l.name());
        properties.put("tradition", l.tradition().name());
        properties.put("city", l.city());
        properties.put("state", l.state());
        properties.put("zip", l.zip());
        contact(properties, l.contact());
        Map<String, Object> feature = new LinkedHashMap<>();
        feature.put("type", "Feature");
        feature.put("geometry", Map.of("type", "Point", "coordinates", List.of(l.longitude(), l.latitude())));
        feature.put("properties", properties);
        return feature;
    }

    /** Public contact fields, present only when the congregation consented. */
    private static void contact(Map<String, Object> m, PublicContact c) {
        if (c == null) {
            return;
        }
        putIfPresent(m, "contactName", c.name());
        putIfPresent(m, "contactEmail", c.email());
        putIfPresent(m, "contactPhone", c.phone());
        putIfPresent(m, "website", c.website());
    }

    private static void putIfPresent(Map<String, Object> m, String key, String value) {
        if (value != null && !value.isBlank()) {
            m.put(key, value);
        }
    }

    private static ResponseEntity<Map<String, Object>> bad(String message) {
        return ResponseEntity.badRequest().body(Map.of("error", message));
    }
}
