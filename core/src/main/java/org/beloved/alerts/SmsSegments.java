package org.beloved.alerts;

/**
 * The SMS adapter's count of the segments a text is sent as (its GSM-7 twins applied first, as
 * when it is sent), so that an alert's preview counts what the provider will bill.
 */
public interface SmsSegments {

    int count(String text);
}
