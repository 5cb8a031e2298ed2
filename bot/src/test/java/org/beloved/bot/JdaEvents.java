package org.beloved.bot;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Role;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.callbacks.IMessageEditCallback;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.requests.restaction.WebhookMessageEditAction;
import net.dv8tion.jda.api.requests.restaction.interactions.MessageEditCallbackAction;
import net.dv8tion.jda.api.requests.restaction.interactions.ReplyCallbackAction;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.mockito.ArgumentCaptor;

/** Shared fixtures for tests that send mocked JDA interactions through the real router. */
public final class JdaEvents {

    /** The organizing server of the tests ({@code beloved.discord.guild-ids}). */
    public static final String LISTED_GUILD = "900000000000000001";
    /** A server that is not listed: anyone may have added the bot there. */
    public static final String UNLISTED_GUILD = "900000000000000666";
    /** The organizer role's id ({@code beloved.discord.organizer-role-id}). */
    public static final String ORGANIZER_ROLE_ID = "800000000000000001";
    /** A named organizer ({@code beloved.organizers.discord-user-ids}). */
    public static final String NAMED_ORGANIZER = "100000000000000077";

    /** The organizer settings of the bot tests, one property each (for {@code @SpringBootTest(properties)}). */
    public static final String GUILD_IDS = "beloved.discord.guild-ids=" + LISTED_GUILD;
    public static final String ORGANIZER_ROLE = "beloved.discord.organizer-role-id=" + ORGANIZER_ROLE_ID;
    public static final String NAMED_ORGANIZERS = "beloved.organizers.discord-user-ids=" + NAMED_ORGANIZER;
    public static final String ADMIN_ROLE_NAME = "beloved.discord.admin-role=Organizer";

    private JdaEvents() {
    }

    /** The interaction router among a context's JDA listeners. */
    public static ListenerAdapter router(List<ListenerAdapter> listeners) {
        return listeners.stream().filter(InteractionRouter.class::isInstance).findFirst().orElseThrow();
    }

    /** Wires an interaction mock's deferReply, reply (with {@code reply}) and hook, in English; returns the hook. */
    public static InteractionHook wire(IReplyCallback event, ReplyCallbackAction reply) {
        InteractionHook hook = mock(InteractionHook.class);
        when(event.deferReply(anyBoolean())).thenReturn(mock(ReplyCallbackAction.class));
        if (event instanceof IMessageEditCallback component) {
            when(component.deferEdit()).thenReturn(mock(MessageEditCallbackAction.class));
        }
        when(event.reply(anyString())).thenReturn(reply);
        when(reply.setEphemeral(anyBoolean())).thenReturn(reply);
        when(event.getHook()).thenReturn(hook);
        when(event.getUserLocale()).thenReturn(DiscordLocale.ENGLISH_US);
        WebhookMessageEditAction<?> edit = mock(WebhookMessageEditAction.class);
        when(hook.editOriginal(any(MessageEditData.class))).thenAnswer(i -> edit);
        return hook;
    }

    /** The same, as the user {@code userId}. */
    public static InteractionHook wire(IReplyCallback event, String userId) {
        User user = mock(User.class);
        when(user.getId()).thenReturn(userId);
        when(event.getUser()).thenReturn(user);
        return wire(event, mock(ReplyCallbackAction.class));
    }

    /**
     * A server member of {@code guildId}, holding the organizer role (by its id) or no role at all;
     * without Manage Server either way.
     */
    public static Member member(boolean organizer, String guildId) {
        return member(guildId, false, organizer ? List.of(ORGANIZER_ROLE_ID) : List.of());
    }

    /** A server member of {@code guildId}, with Manage Server or not, holding the roles of these ids. */
    public static Member member(String guildId, boolean manageServer, List<String> roleIds) {
        Member member = mock(Member.class);
        when(member.hasPermission(Permission.MANAGE_SERVER)).thenReturn(manageServer);
        Guild guild = mock(Guild.class);
        when(guild.getId()).thenReturn(guildId);
        when(member.getGuild()).thenReturn(guild);
        List<Role> roles = roleIds.stream().map(id -> {
            Role role = mock(Role.class);
            when(role.getId()).thenReturn(id);
            when(role.getName()).thenReturn("role " + id);
            return role;
        }).toList();
        when(member.getRoles()).thenReturn(roles);
        return member;
    }

    /** What a user sees of an answer: its text, then each embed's title and fields ("name - value"), a line each. */
    public static String shown(MessageEditData answer) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        if (!answer.getContent().isEmpty()) {
            lines.add(answer.getContent());
        }
        for (net.dv8tion.jda.api.entities.MessageEmbed embed : answer.getEmbeds()) {
            if (embed.getTitle() != null) {
                lines.add(embed.getTitle());
            }
            embed.getFields().forEach(f -> lines.add(f.getName() + " - " + f.getValue()));
        }
        return String.join("\n", lines);
    }

    /** The deferred answer, once the executor has finished it. */
    public static MessageEditData answer(InteractionHook hook) {
        ArgumentCaptor<MessageEditData> captor = ArgumentCaptor.forClass(MessageEditData.class);
        verify(hook, timeout(5000)).editOriginal(captor.capture());
        return captor.getValue();
    }
}
