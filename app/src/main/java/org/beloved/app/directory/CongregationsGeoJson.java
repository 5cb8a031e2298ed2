package org.beloved.app.directory;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
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

    /** A GeoJSON Point: its coordinates are longitude first, then latitude. */
    record Point(String type, List<Double> coordinates) {

        static Point at(double longitude, double latitude) {
            return new Point("Point", List.of(longitude, latitude));
        }
    }

    /** What the map shows of a congregation: as in a search (with {@code connect}), without a distance. */
    record Properties(long id, String name, String tradition, String city, String state, String zip,
            boolean connect, @JsonUnwrapped ContactJson contact) {

        static Properties of(PublicListing l, Set<Long> askable) {
            return new Properties(l.id(), l.name(), l.tradition().name(), l.city(), l.state(), l.zip(),
                    askable.contains(l.id()), ContactJson.of(l.contact()));
        }
    }
}
