package org.beloved.counties;

/** A listed congregation in a county: only public fields. */
public record CountyCongregation(long id, String name, String city) {
}
