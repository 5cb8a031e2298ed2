package org.beloved.directory;

import org.beloved.shared.Channel;

/**
 * A registration as someone submitted it, on any channel. {@code submittedBy} is their address on
 * that channel (phone, Discord id, web session), kept so they can see or remove their listing.
 * {@code showEmail} and {@code showPhone} are that field's own yes; anything else keeps it hidden.
 */
public record NewCongregation(String name, Tradition tradition, String zip, String streetAddress,
        String contactName, String contactEmail, String contactPhone, String website, boolean showEmail, boolean showPhone,
        Channel channel, String submittedBy) {
}
