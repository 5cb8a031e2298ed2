package org.beloved.directory;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.beloved.conversation.Answers;
import org.beloved.conversation.Command;
import org.beloved.conversation.Flow;
import org.beloved.conversation.FlowState;
import org.beloved.conversation.Inbound;
import org.beloved.conversation.Outcome;
import org.beloved.conversation.Turn;
import org.beloved.shared.Channel;
import org.springframework.stereotype.Component;

/**
 * JOIN / REGISTER (UNIRSE / REGISTRAR): put a congregation on the map by text, one question at a
 * time: name, tradition, ZIP, contact name, email (or SKIP), whether partners may see that email,
 * whether they may see this phone number, then a summary to confirm. Each answer is checked and
 * re-asked with a hint; BACK (ATRÁS) asks the previous question again; at the summary a line's
 * number changes that answer alone; MENU leaves; the state is in PostgreSQL, so a restart in the
 * middle loses nothing. Texting from a phone, that phone is the contact phone, shown only after
 * its own YES. SKIP is offered only where it works: the email, when there is a phone to reach.
 * Words that are never data ("no sé", SKIP where it is not offered) are not stored.
 */
@Component
class RegistrationFlow implements Command, Flow {

    /** The questions in order; the consent ones are asked only when there is an email or a phone. */
    private static final List<String> STEPS = List.of("name", "tradition", "zip", "contact", "email", "email-consent",
            "phone-consent", "confirm");

    /** Set while one answer is being changed from the summary: the next answer goes back to it. */
    private static final String EDITING = "editing";

    private final Directory directory;
    private final ZipCodes zipCodes;
    private final List<SignUpGate> gates;

    RegistrationFlow(Directory directory, ZipCodes zipCodes, List<SignUpGate> gates) {
        this.directory = directory;
        this.zipCodes = zipCodes;
        this.gates = gates;
    }

    @Override
    public String id() {
        return "register";
    }

    @Override
    public Set<String> keywords() {
        return Set.of("JOIN", "REGISTER", "UNIRSE", "REGISTRAR", "UNIRME");
    }

    @Override
    public Optional<String> helpKey() {
        return Optional.of("help.line.join");
    }

    @Override
    public int helpOrder() {
        return 20;
    }

    @Override
    public Outcome run(Turn turn, String arguments) {
        return Outcome.ask(FlowState.start(id(), "name"), turn.t("join.ask-name"));
    }

    @Override
    public Outcome answer(Turn turn, FlowState state, String text) {
        String answer = text.strip();
        if (Answers.isBack(answer)) {
            return back(turn, state);
        }
        if (state.step().equals("confirm") && answer.matches("\\d")) {
            return change(turn, state, Integer.parseInt(answer));
        }
        if (!state.step().equals("email") && Answers.isNotData(answer) && !Answers.isYes(answer)
                && !Answers.isNo(answer)) {
            return Outcome.ask(state, turn.t("join.not-an-answer") + "\n" + question(turn, state));
        }
        if (state.step().equals("name") || state.step().equals("contact")) {
            return name(turn, state, Answers.withoutLeadIn(answer));
        }
        return switch (state.step()) {
            case "tradition" -> Tradition.parse(answer)
                    .map(t -> forward(turn, state.next("zip", "tradition", t.name())))
                    .orElseGet(() -> Outcome.ask(state, traditions(turn, "join.bad-tradition")));
            case "zip" -> zip(turn, state, answer);
            case "email" -> email(turn, state, answer);
            case "email-consent" -> consent(turn, state, answer, "show-email", "join.bad-email-consent");
            case "phone-consent" -> consent(turn, state, answer, "show-phone", "join.bad-phone-consent");
            case "consent" -> nextQuestion(turn, state);   // a form begun before consent was asked per field
            case "confirm" -> confirm(turn, state, answer);
            default -> Outcome.reply(turn.t("conversation.flow-expired"));
        };
    }

    /** The congregation's or the contact person's name, typed bare or after a lead-in ("My name is Ana"). */
    private Outcome name(Turn turn, FlowState state, String name) {
        if (Answers.isNotData(name)) {
            return Outcome.ask(state, turn.t("join.not-an-answer") + "\n" + question(turn, state));
        }
        if (state.step().equals("name")) {
            return Registrations.validName(name) ? forward(turn, state.next("tradition", "name", name))
                    : Outcome.ask(state, turn.t("join.bad-name"));
        }
        return Registrations.validContactName(name) ? forward(turn, state.next("email", "contact", name))
                : Outcome.ask(state, turn.t("join.bad-contact"));
    }

    private Outcome zip(Turn turn, FlowState state, String answer) {
        ZipLookup lookup = zipCodes.lookup(answer);
        if (lookup instanceof ZipLookup.Found found) {
            return forward(turn, state.next("contact", "zip", found.zipCode().zip()));
        }
        return Outcome.ask(state, lookup instanceof ZipLookup.Unknown u ? turn.t("join.unknown-zip", u.zip())
                : turn.t("join.bad-zip"));
    }

    private Outcome email(Turn turn, FlowState state, String answer) {
        boolean phone = phoneOf(turn.inbound()) != null;
        boolean skip = Answers.isSkip(answer);
        if (skip && !phone) {
            return Outcome.ask(state, turn.t("join.need-email"));
        }
        if (!skip && !Registrations.validEmail(answer)) {
            return Outcome.ask(state, turn.t(phone ? "join.bad-email" : "join.bad-email-required"));
        }
        String email = skip ? "" : answer.strip();
        FlowState next = state;
        if (state.get(EDITING) == null) {
            next = without(without(state, "show-email"), "show-phone");   // on in order, as after BACK
        } else if (!email.equals(state.get("email"))) {
            next = without(state, "show-email");
        }
        return nextQuestion(turn, next.next("email", "email", email));
    }

    /** After an answer: the next question in order, or back to the summary when changing one answer. */
    private Outcome forward(Turn turn, FlowState state) {
        if (state.get(EDITING) != null) {
            return nextQuestion(turn, without(state, EDITING));
        }
        return Outcome.ask(state, question(turn, state));
    }

    /** BACK: the question before this one, with its earlier answer kept until it is answered again. */
    private Outcome back(Turn turn, FlowState state) {
        int at = STEPS.indexOf(state.step());
        for (int i = at - 1; i >= 0; i--) {
            FlowState previous = at(without(state, EDITING), STEPS.get(i));
            if (applies(turn, previous)) {
                return Outcome.ask(previous, question(turn, previous));
            }
        }
        return Outcome.ask(state, turn.t("join.first-question") + "\n" + question(turn, state));
    }

    /** At the summary, a line's number: that question again, then straight back to the summary. */
    private Outcome change(Turn turn, FlowState state, int line) {
        String step = switch (line) {
            case 1 -> "name";
            case 2 -> "tradition";
            case 3 -> "zip";
            case 4 -> "contact";
            case 5 -> "email";
            case 6 -> state.get("email").isEmpty() ? "phone-consent" : "email-consent";
            default -> null;
        };
        if (step == null) {
            return Outcome.ask(state, turn.t("join.bad-confirm"));
        }
        FlowState editing = at(state.next("confirm", EDITING, "true"), step);
        if (line == 6) {
            editing = without(without(editing, "show-email"), "show-phone");
        }
        return Outcome.ask(editing, question(turn, editing));
    }

    private boolean applies(Turn turn, FlowState state) {
        return switch (state.step()) {
            case "email-consent" -> state.get("email") != null && !state.get("email").isEmpty();
            case "phone-consent" -> phoneOf(turn.inbound()) != null;
            default -> true;
        };
    }

    /** The question asked at the state's step. */
    private String question(Turn turn, FlowState state) {
        return switch (state.step()) {
            case "name" -> turn.t("join.ask-name");
            case "tradition" -> traditions(turn, "join.ask-tradition");
            case "zip" -> turn.t("join.ask-zip");
            case "contact" -> turn.t("join.ask-contact");
            case "email" -> turn.t(phoneOf(turn.inbound()) != null ? "join.ask-email" : "join.ask-email-required");
            case "email-consent" -> turn.t("join.ask-email-consent");
            case "phone-consent" -> turn.t("join.ask-phone-consent");
            default -> summary(turn, state);
        };
    }

    private static FlowState without(FlowState state, String key) {
        if (!state.data().containsKey(key)) {
            return state;
        }
        java.util.Map<String, String> data = new java.util.HashMap<>(state.data());
        data.remove(key);
        return new FlowState(state.flow(), state.step(), data);
    }

    private Outcome consent(Turn turn, FlowState state, String answer, String key, String reask) {
        if (!Answers.isYes(answer) && !Answers.isNo(answer)) {
            return Outcome.ask(state, turn.t(reask));
        }
        FlowState next = state.next(state.step(), key, Boolean.toString(Answers.isYes(answer)));
        return nextQuestion(turn, state.step().equals("email-consent") && state.get(EDITING) == null
                ? without(next, "show-phone") : next);
    }

    /** One question per contact field not answered yet (the email, then this phone), then the summary. */
    private Outcome nextQuestion(Turn turn, FlowState state) {
        if (!state.get("email").isEmpty() && state.get("show-email") == null) {
            return Outcome.ask(at(state, "email-consent"), turn.t("join.ask-email-consent"));
        }
        if (phoneOf(turn.inbound()) != null && state.get("show-phone") == null) {
            return Outcome.ask(at(state, "phone-consent"), turn.t("join.ask-phone-consent"));
        }
        FlowState confirm = at(without(state, EDITING), "confirm");
        return Outcome.ask(confirm, summary(turn, confirm));
    }

    private static FlowState at(FlowState state, String step) {
        return new FlowState(state.flow(), step, state.data());
    }

    private static boolean yes(FlowState state, String key) {
        return Boolean.parseBoolean(state.get(key));
    }

    private Outcome confirm(Turn turn, FlowState state, String answer) {
        if (Answers.isNo(answer)) {
            return Outcome.reply(turn.t("join.cancelled"));
        }
        if (!Answers.isYes(answer)) {
            return Outcome.ask(state, turn.t("join.bad-confirm"));
        }
        Inbound in = turn.inbound();
        if (!gates.stream().allMatch(g -> g.admits(in.channel(), in.sender()))) {
            return Outcome.reply(turn.t("join.too-many"));
        }
        RegistrationResult result = directory.register(new NewCongregation(state.get("name"),
                Tradition.valueOf(state.get("tradition")), state.get("zip"), null, state.get("contact"),
                state.get("email"), phoneOf(in), null, yes(state, "show-email"), yes(state, "show-phone"),
                in.channel(), in.sender()));
        if (!result.saved()) {
            return Outcome.reply(turn.t("join.refused", result.problems().stream().map(p -> turn.t(p.key()))
                    .collect(Collectors.joining(" "))));
        }
        gates.forEach(g -> g.accepted(in.channel(), in.sender()));
        if (result.claimed()) {
            return Outcome.reply(turn.t("join.claimed", state.get("name")));
        }
        String key = result.status() == Congregation.Status.LISTED ? "join.listed" : "join.pending";
        return Outcome.reply(turn.t(result.created() ? key : key + "-updated", state.get("name")));
    }

    private String summary(Turn turn, FlowState state) {
        ZipCode zip = ((ZipLookup.Found) zipCodes.lookup(state.get("zip"))).zipCode();
        String email = state.get("email").isEmpty() ? turn.t("join.no-email") : state.get("email");
        String phone = phoneOf(turn.inbound());
        PublicContact shown = PublicContact.of(state.get("contact"), state.get("email"), phone, null,
                yes(state, "show-email"), yes(state, "show-phone"));
        return turn.t("join.summary", state.get("name"), turn.t(Tradition.valueOf(state.get("tradition")).key()),
                zip.city(), zip.state(), zip.zip(), state.get("contact"), email,
                shown == null ? turn.t("join.no") : shown.joined());
    }

    private static String traditions(Turn turn, String key) {
        String list = Arrays.stream(Tradition.values())
                .map(t -> t.number() + " " + turn.t(t.key()))
                .collect(Collectors.joining("\n"));
        return turn.t(key) + "\n" + list;
    }

    /** Texting from a phone, the phone is a contact; on other channels the address is no phone. */
    private static String phoneOf(Inbound in) {
        return in.channel() == Channel.SMS ? in.sender() : null;
    }
}
