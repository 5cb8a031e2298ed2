package org.beloved.bot.directory;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.beloved.bot.BotTexts;
import org.beloved.bot.ComponentId;
import org.beloved.bot.Interactions;
import org.beloved.bot.OrganizerSlashCommand;
import org.beloved.directory.Claim;
import org.beloved.directory.Congregation;
import org.beloved.directory.Directory;
import org.beloved.shared.Language;
import org.springframework.stereotype.Component;

/**
 * /approve (organizers): the oldest pending registrations, each with Approve and Hide buttons, then
 * the oldest pending claims, each marked as a claim on its listing (shown as it is now, beside the
 * claimant's contact) with Hand over and Reject buttons.
 */
@Component
class ApproveSlashCommand implements OrganizerSlashCommand {

    /** Discord allows five rows of buttons per message. */
    static final int PAGE = 5;

    private final Directory directory;
    private final Clock clock;

    ApproveSlashCommand(Directory directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "approve";
    }

    @Override
    public Optional<String> helpKey() {
        return Optional.of("help.line.approve");
    }

    @Override
    public SlashCommandData definition(BotTexts texts) {
        return texts.slash(name(), "approve.description");
    }

    @Override
    public void handle(SlashCommandInteractionEvent event, Interactions interactions) {
        interactions.defer(event, true, language -> {
            List<Congregation> pending = directory.pending(PAGE);
            return pendingList(interactions.texts(), language, pending, directory.pendingClaims(PAGE - pending.size()),
                    clock.instant());
        });
    }

    /** Private fields are fine here: only organizers see this, and they need them to review. */
    static MessageEditData pendingList(BotTexts t, Language language, List<Congregation> pending, List<Claim> claims,
            Instant now) {
        if (pending.isEmpty() && claims.isEmpty()) {
            return MessageEditData.fromContent(t.t(language, "approve.none"));
        }
        List<String> lines = new ArrayList<>();
        List<ActionRow> rows = new ArrayList<>();
        int n = 1;
        for (Congregation c : pending) {
            lines.add(t.t(language, "approve.item", n, c.name(), t.t(language, c.tradition().key()), c.city(), c.state(),
                    c.contactName(), c.contactEmail() == null ? "-" : c.contactEmail()));
            rows.add(ActionRow.of(
                    Button.success(ComponentId.of(ReviewButtons.APPROVE, Long.toString(c.id())).encode(),
                            t.t(language, "approve.approve", n)),
                    Button.danger(ComponentId.of(ReviewButtons.HIDE, Long.toString(c.id())).issuedAt(now).encode(),
                            t.t(language, "approve.hide", n))));
            n++;
        }
        for (Claim claim : claims) {
            lines.add(claimLine(t, language, n, claim));
            rows.add(ActionRow.of(
                    Button.success(ComponentId.of(ReviewButtons.HAND_OVER, Long.toString(claim.id())).issuedAt(now).encode(),
                            t.t(language, "approve.claim-approve", n)),
                    Button.danger(ComponentId.of(ReviewButtons.REJECT, Long.toString(claim.id())).issuedAt(now).encode(),
                            t.t(language, "approve.claim-reject", n))));
            n++;
        }
        return new MessageEditBuilder().setContent(String.join("\n", lines)).setComponents(rows).build();
    }

    /** The listing as it is now, then who claims it and how to reach them (email, else phone). */
    private static String claimLine(BotTexts t, Language language, int n, Claim claim) {
        Congregation listing = claim.listing();
        String reach = claim.contactEmail() != null ? claim.contactEmail()
                : claim.contactPhone() != null ? claim.contactPhone() : "-";
        return t.t(language, "approve.claim-item", n, listing.name(), t.t(language, listing.tradition().key()),
                listing.city(), listing.state(), t.t(language, "listing.status." + listing.status().name().toLowerCase()),
                listing.contactName(), listing.contactEmail() == null ? "-" : listing.contactEmail(),
                claim.contactName(), reach, claim.sourceChannel());
    }
}
