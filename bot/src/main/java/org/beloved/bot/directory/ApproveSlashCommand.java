package org.beloved.bot.directory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.MessageEmbed;
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
 * claimant's contact) with Hand over and Reject buttons. One embed a page, {@link #PAGE} items to a
 * page, every text cut to Discord's embed limits, Previous/Next when there is more than one page;
 * a decision redraws the page in place ({@link ReviewButtons}).
 */
@Component
class ApproveSlashCommand implements OrganizerSlashCommand {

    /** Discord allows five rows of buttons per message: four items and the page buttons. */
    static final int PAGE = 4;
    /** How many waiting items of each kind the pages reach. */
    static final int REACH = 100;

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
        interactions.defer(event, true, language -> page(interactions.texts(), language, 0, null));
    }

    /**
     * Page {@code page} (0-based, kept within the pages there are) as it is now, under {@code notice}
     * (what was just decided, or null). Private fields are fine here: only organizers see this, and
     * they need them to review.
     */
    MessageEditData page(BotTexts t, Language language, int page, String notice) {
        List<Object> items = new ArrayList<>(directory.pending(REACH));
        items.addAll(directory.pendingClaims(REACH));
        String head = notice == null ? "" : notice;
        if (items.isEmpty()) {
            return new MessageEditBuilder().setContent(EmbedLimits.cut((head + "\n" + t.t(language, "approve.none")).strip(), 2000))
                    .setEmbeds().setComponents().build();
        }
        int pages = (items.size() + PAGE - 1) / PAGE;
        int shown = Math.max(0, Math.min(page, pages - 1));
        EmbedBuilder embed = new EmbedBuilder().setTitle(EmbedLimits.cut(
                t.t(language, "approve.title", items.size(), shown + 1, pages), EmbedLimits.TITLE));
        List<ActionRow> rows = new ArrayList<>();
        String at = Integer.toString(shown);
        for (int i = shown * PAGE; i < Math.min(items.size(), (shown + 1) * PAGE); i++) {
            int n = i + 1;
            if (items.get(i) instanceof Congregation c) {
                EmbedLimits.field(embed, t.t(language, "approve.field", n, c.name(), t.t(language, c.tradition().key())),
                        t.t(language, "approve.details", c.city(), c.state(), c.contactName(),
                                c.contactEmail() == null ? "-" : c.contactEmail()));
                rows.add(ActionRow.of(
                        Button.success(ComponentId.of(ReviewButtons.APPROVE, Long.toString(c.id()), at).encode(),
                                t.t(language, "approve.approve", n)),
                        Button.danger(ComponentId.of(ReviewButtons.HIDE, Long.toString(c.id()), at).issuedAt(clock.instant())
                                .encode(), t.t(language, "approve.hide", n))));
            } else if (items.get(i) instanceof Claim claim) {
                claimField(t, language, embed, n, claim);
                rows.add(ActionRow.of(
                        Button.success(ComponentId.of(ReviewButtons.HAND_OVER, Long.toString(claim.id()), at)
                                .issuedAt(clock.instant()).encode(), t.t(language, "approve.claim-approve", n)),
                        Button.danger(ComponentId.of(ReviewButtons.REJECT, Long.toString(claim.id()), at)
                                .issuedAt(clock.instant()).encode(), t.t(language, "approve.claim-reject", n))));
            }
        }
        if (pages > 1) {
            rows.add(ActionRow.of(
                    Button.secondary(ComponentId.of(ApprovePageButtons.ID, Integer.toString(shown - 1), "previous").encode(),
                            t.t(language, "approve.previous")).withDisabled(shown == 0),
                    Button.secondary(ComponentId.of(ApprovePageButtons.ID, Integer.toString(shown + 1), "next").encode(),
                            t.t(language, "approve.next")).withDisabled(shown == pages - 1)));
        }
        MessageEmbed built = embed.build();
        return new MessageEditBuilder().setContent(EmbedLimits.cut(head, 2000)).setEmbeds(built).setComponents(rows).build();
    }

    /** The listing as it is now, then who claims it and how to reach them (email, else phone). */
    private static void claimField(BotTexts t, Language language, EmbedBuilder embed, int n, Claim claim) {
        Congregation listing = claim.listing();
        String reach = claim.contactEmail() != null ? claim.contactEmail()
                : claim.contactPhone() != null ? claim.contactPhone() : "-";
        EmbedLimits.field(embed, t.t(language, "approve.claim-field", n, listing.name(), t.t(language, listing.tradition().key())),
                t.t(language, "approve.claim-details", listing.city(), listing.state(),
                        t.t(language, "listing.status." + listing.status().name().toLowerCase()),
                        listing.contactName(), listing.contactEmail() == null ? "-" : listing.contactEmail(),
                        claim.contactName(), reach, claim.sourceChannel()));
    }
}
