/**
 * Text conversations (SMS, Discord DMs, the web simulator): {@link org.beloved.conversation.Conversations#handle}
 * takes an {@link org.beloved.conversation.Inbound} message and returns the {@link org.beloved.conversation.Reply}.
 * Features plug in through the {@link org.beloved.conversation.Command}, {@link org.beloved.conversation.Flow}
 * and {@link org.beloved.conversation.FreeText} ports and answer with an {@link org.beloved.conversation.Outcome};
 * {@link org.beloved.conversation.Languages} remembers each sender's language and {@link org.beloved.conversation.Keywords}
 * says how typed text is compared with keywords. A sender's turns run one at a time. {@link org.beloved.conversation.PersonalDataErasure} erases a sender everywhere (DELETE MY DATA, after its confirmation). Routing, flow state, HELP,
 * MORE, language switching, DELETE MY DATA's confirmation and the expiry of web senders are internal.
 */
@ApplicationModule(displayName = "Conversation", allowedDependencies = "shared")
package org.beloved.conversation;

import org.springframework.modulith.ApplicationModule;
