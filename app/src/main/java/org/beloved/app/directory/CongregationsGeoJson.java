package org.beloved.app.directory;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.util.List;
import org.beloved.directory.PublicListing;

/**
 * The answer of {@code GET /api/congregations.geojson}: a GeoJSON (RFC 7946) FeatureCollection of
 * the listed congregations, each a Feature whose Point is its ZIP's centroid, never its address.
 */
record CongregationsGeoJson(String type, List<Feature> features) {

    static CongregationsGeoJson of(List<PublicListing> listed) {
        return new CongregationsGeoJson("FeatureCollection", listed.stream().map(Feature::of).toList());
    }

    /** {@code "type": "Feature"}, the point, then the congregation's public fields. */
    record Feature(String type, Point geometry, Properties properties) {

        static Feature of(PublicListing l) {
            return new Feature("Feature", Point.at(l.longitude(), l.latitude()), Properties.of(l));
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
     * What the map's popup shows of a congregation (map.js and home.js's {@code contact}): its name,
     * tradition, city and state, and the contact it consented to show. Nothing else: every point
     * is sent to every visitor.
     */
    record Properties(String name, String tradition, String city, String state, @JsonUnwrapped ContactJson contact) {

        static Properties of(PublicListing l) {
            return new Properties(l.name(), l.tradition().name(), l.city(), l.state(), ContactJson.of(l.contact()));
        }
    }
}
