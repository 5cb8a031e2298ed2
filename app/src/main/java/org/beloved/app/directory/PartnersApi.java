package org.beloved.app.directory;

import java.util.ArrayList;
import java.util.List;
import org.beloved.app.web.ApiException;
import org.beloved.directory.Connections;
import org.beloved.directory.Directory;
import org.beloved.directory.PartnerSearch;
import org.beloved.directory.ZipCode;
import org.beloved.directory.ZipCodes;
import org.beloved.directory.ZipLookup;
import org.beloved.shared.Language;
import org.beloved.shared.Texts;
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
    private final Connections connections;
    private final ZipCodes zipCodes;
    private final Texts texts;

    PartnersApi(Directory directory, Connections connections, ZipCodes zipCodes, Texts texts) {
        this.directory = directory;
        this.connections = connections;
        this.zipCodes = zipCodes;
        this.texts = texts;
    }

    /**
     * {@code GET /api/partners?zip=94110&radius=25&limit=5}, or {@code ?lat=37.76&lon=-122.42} for
     * the ZIP nearest a point ("use my location"). {@code lang=es} writes errors in Spanish. A ZIP,
     * place or number it cannot use is a 400 {@link ApiException} saying which.
     */
    @GetMapping(path = "/api/partners", produces = "application/json")
    PartnerSearchJson partners(@RequestParam(required = false) String zip,
            @RequestParam(required = false) String radius, @RequestParam(required = false) String limit,
            @RequestParam(required = false) Double lat, @RequestParam(required = false) Double lon,
            @RequestParam(defaultValue = "en") String lang) {
        Language language = Language.fromCode(lang);
        ZipLookup lookup = (zip == null || zip.isBlank()) && lat != null && lon != null
                ? zipCodes.nearest(lat, lon).<ZipLookup>map(ZipLookup.Found::new).orElse(new ZipLookup.Unknown(""))
                : zipCodes.lookup(zip);
        if (lookup instanceof ZipLookup.Malformed) {
            throw ApiException.badRequest(texts.get(language, "web.partners.bad-zip"));
        }
        if (lookup instanceof ZipLookup.Unknown unknown) {
            throw ApiException.badRequest(unknown.zip().isEmpty() ? texts.get(language, "web.partners.no-zip-here")
                    : texts.get(language, "web.partners.unknown-zip", unknown.zip()));
        }
        Integer r;
        Integer n;
        try {
            r = radius == null || radius.isBlank() ? null : Integer.valueOf(radius.strip());
            n = limit == null || limit.isBlank() ? null : Integer.valueOf(limit.strip());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(texts.get(language, "web.partners.bad-numbers"));
        }
        ZipCode from = ((ZipLookup.Found) lookup).zipCode();
        PartnerSearch search;
        try {
            search = directory.nearest(from, r, n);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        List<Long> ids = new ArrayList<>();
        search.partners().forEach(p -> ids.add(p.id()));
        search.nearestBeyond().ifPresent(p -> ids.add(p.id()));
        search.beyond().forEach(p -> ids.add(p.id()));
        return PartnerSearchJson.of(from, search, connections.askable(ids));
    }

    /** {@code GET /api/congregations.geojson}: listed congregations as points at their ZIP's centroid. */
    @GetMapping(path = "/api/congregations.geojson", produces = "application/geo+json")
    CongregationsGeoJson geojson() {
        return CongregationsGeoJson.of(directory.listed(), connections.askableListed());
    }
}
