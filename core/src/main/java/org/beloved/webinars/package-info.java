/**
 * Webinars and their reminders. Organizers' use cases are {@link org.beloved.webinars.Webinars}
 * (create, edit, cancel from a {@link org.beloved.webinars.WebinarDraft}); every change publishes
 * {@link org.beloved.webinars.WebinarChanged}. People subscribe through {@link org.beloved.webinars.Subscriptions}
 * (REMIND / RECORDAR by text). The application keeps the reminder moments ({@link org.beloved.webinars.ReminderSchedule},
 * Quartz) and calls {@link org.beloved.webinars.Reminders#fire} when one comes; the audience and the message
 * go to messaging, which alone touches the outbox; web-channel subscribers (the chat simulator) are never in it.
 * Reminder texts are written at dispatch by an internal renderer.
 */
@ApplicationModule(displayName = "Webinars", allowedDependencies = {"shared", "conversation", "directory", "messaging"})
package org.beloved.webinars;

import org.springframework.modulith.ApplicationModule;
