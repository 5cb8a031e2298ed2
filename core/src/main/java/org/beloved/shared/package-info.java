/**
 * The shared kernel every module may use: the {@link org.beloved.shared.Channel channels} people
 * reach Beloved on, the {@link org.beloved.shared.Language languages} every sentence exists in,
 * the bot's {@link org.beloved.shared.Texts texts} assembled from each feature's
 * {@link org.beloved.shared.TextBundle}, the {@link org.beloved.shared.PersonalData} port each
 * feature implements for DELETE MY DATA, the {@link org.beloved.shared.WebDataExpiry} port each feature
 * implements for the daily expiry of web-channel data, {@link org.beloved.shared.Pii} masking for logs,
 * {@link org.beloved.shared.CleanText} for every text that comes in from people, and the
 * one UTC {@link java.time.Clock} use cases read, and this process's {@link org.beloved.shared.InstanceId}
 * among the instances sharing the database. It depends on no other module.
 */
@ApplicationModule(displayName = "Shared kernel", type = ApplicationModule.Type.OPEN)
package org.beloved.shared;

import org.springframework.modulith.ApplicationModule;
