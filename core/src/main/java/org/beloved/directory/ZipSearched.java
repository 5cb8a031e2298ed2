package org.beloved.directory;

import org.beloved.shared.Channel;

/**
 * Published when someone in a text conversation searched partners near a ZIP code that exists, within
 * the turn: other features may use its time zone for the next step (REMIND needs no ZIP again).
 * {@code address} is personal data; a listener that keeps anything must erase it on DELETE MY DATA.
 */
public record ZipSearched(Channel channel, String address, ZipCode zipCode) {
}
