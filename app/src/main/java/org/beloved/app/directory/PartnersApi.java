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
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * The public directory API: the partners nearest a ZIP, and every listed congregation as GeoJSON
 * for the map. Only public fields: never a street address, a contact only with consent.
 */
@RestController
class PartnersApi {

    private static final MediaType GEOJSON = MediaType.parseMediaType("application/geo+json");

    private final Directory directory;
    private final Connections connections;
    private final ZipCodes zipCodes;
    private final Texts texts;
    private final MapData mapData;

    PartnersApi(Directory directory, Connections connections, ZipCodes zipCodes, Texts texts, MapData mapData) {
        this.directory = directory;
        this.connections = connections;
        this.zipCodes = zipCodes;
        this.texts = texts;
        this.mapData = mapData;
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

    /**
     * {@code GET /api/congregations.geojson}: listed congregations as points at their ZIP's centroid.
     * Built once per directory version ({@link MapData}), gzipped for a client that accepts it; a
     * strong {@code ETag} per form, and {@code no-cache} so that browsers ask again each time with
     * {@code If-None-Match} and get a 304 without a body until a listing changes.
     */
    @GetMapping(path = "/api/congregations.geojson", produces = "application/geo+json")
    ResponseEntity<byte[]> geojson(WebRequest request) {
        MapData.Snapshot map = mapData.current();
        boolean gzip = acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
        String etag = gzip ? map.gzipEtag() : map.etag();
        if (request.checkNotModified(etag)) {
            return null;   // 304, with the ETag and no body
        }
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok().eTag(etag).cacheControl(CacheControl.noCache())
                .varyBy(HttpHeaders.ACCEPT_ENCODING).contentType(GEOJSON);
        if (gzip) {
            answer.header(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        return answer.body(gzip ? map.gzip() : map.body());
    }

    /** Whether {@code Accept-Encoding} names gzip (or {@code *}) without {@code q=0}. */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String part : acceptEncoding.split(",")) {
            String[] pieces = part.split(";");
            String coding = pieces[0].strip();
            if (coding.equalsIgnoreCase("gzip") || coding.equals("*")) {
                boolean refused = false;
                for (int i = 1; i < pieces.length; i++) {
                    String param = pieces[i].strip().toLowerCase(java.util.Locale.ROOT);
                    refused |= param.startsWith("q=") && param.substring(2).strip().matches("0(\\.0{0,3})?");
                }
                return !refused;
            }
        }
        return false;
    }
}
