/**
 * Action alerts, consented and targeted. People opt in ({@link org.beloved.alerts.AlertSubscribers}): by text
 * with ALERTS / ALERTAS (out with ALERTS OFF / ALERTAS NO), in Discord with {@code /alerts on|off}; each is kept
 * with the ZIP they gave or searched, its county and its time zone. An organizer drafts an alert
 * ({@link org.beloved.alerts.Alerts#draft} from an {@link org.beloved.alerts.AlertDraft}): texts in both languages, an
 * audience (counties, or a ZIP and a radius), channels, urgency; the draft answers with its preview (recipients per
 * channel, SMS segments per language, the estimated cost) and nothing goes until {@link org.beloved.alerts.Alerts#send},
 * once. Delivery is messaging's: one {@link org.beloved.messaging.MessageKind#ALERT} outbox row per recipient, the
 * opted out (STOP) left out by the enqueue itself and by the preview with the same test; the text is written at
 * dispatch, ends with how to stop alerts, and waits out the recipient's quiet hours unless the alert is urgent (an
 * urgent alert also goes ahead of the messages already waiting). {@link org.beloved.alerts.AlertPlaces} names an
 * opt-in's place in both languages.
 * {@link org.beloved.alerts.AlertSent} tells the adapters (Discord server posts) that an alert went out. The SMS
 * adapter counts segments through the {@link org.beloved.alerts.SmsSegments} port.
 */
@ApplicationModule(displayName = "Action alerts",
        allowedDependencies = {"shared", "conversation", "directory", "messaging", "counties"})
package org.beloved.alerts;

import org.springframework.modulith.ApplicationModule;
