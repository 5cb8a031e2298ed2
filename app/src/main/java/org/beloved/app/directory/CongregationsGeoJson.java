package org.beloved.app.directory;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.beloved.directory.PublicListing;

/**
 * The answer of {@code GET /api/congregations.geojson}: a GeoJSON (RFC 7946) FeatureCollection of
 * the listed congregations, each a Feature whose Point is its ZIP's centroid, never its address.
 */
record CongregationsGeoJson(String type, List<Feature> features) {

    static CongregationsGeoJson of(List<PublicListing> listed, Set<Long> askable) {
        return new CongregationsGeoJson("FeatureCollection", listed.stream().map(l -> Feature.of(l, askable)).toList());
    }

    /** {@code "type": "Feature"}, the point, then the congregation's public fields. */
    record Feature(String type, Point geometry, Properties properties) {

        static Feature of(PublicListing l, Set<Long> askable) {
            return new Feature("Feature", Point.at(l.longitude(), l.latitude()), Properties.of(l, askable));
        }
    }

    /**
     * A GeoJSON Point: its coordinates are longitude first, then latitude, to 5 decimals (about a
     * metre, far finer than a ZIP centroid needs).
     */
    record Point(String type, List<BigDecimal> coordinates) {

        static Point at(double longitude, double latitude) {
            return new Point("Point", List.of(rounded(longitude), rounded(latitude)));
        }

        /** At most 5 decimals, no trailing zeros, never an exponent. */
        static BigDecimal rounded(double degrees) {
            BigDecimal d = BigDecimal.valueOf(Math.round(degrees * 100_000), 5).stripTrailingZeros();
            return d.scale() < 0 ? d.setScale(0) : d;
        }
    }

    /**
     * What the map's popup shows of a congregation (map.js and home.js): its id (CONNECT #id), name,
     * tradition, city, state and ZIP, whether it can be asked to connect, and the contact it consented
     * to show. Nothing more: every point is sent to every visitor. The field names are a contract.
     */
    record Properties(long id, String name, String tradition, String city, String state, String zip,
            boolean connect, @JsonUnwrapped ContactJson contact) {

        static Properties of(PublicListing l, Set<Long> askable) {
            return new Properties(l.id(), l.name(), l.tradition().name(), l.city(), l.state(), l.zip(),
                    askable.contains(l.id()), ContactJson.of(l.contact()));
        }
    }
}
