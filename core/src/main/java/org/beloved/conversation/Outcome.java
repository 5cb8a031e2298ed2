package org.beloved.conversation;

import java.util.List;
import java.util.Objects;

/**
 * What a command, flow or free-text handler decided: the messages to send and what happens to the
 * sender's flow afterwards.
 */
public record Outcome(List<String> messages, FlowChange flowChange, FlowState next, String more) {

    /** What happens to the sender's flow after this turn. */
    public enum FlowChange {
        /** Leave whatever flow is running as it is (global commands such as HELP). */
        KEEP,
        /** Continue (or start) the flow at {@link Outcome#next()}. */
        CONTINUE,
        /** No flow after this turn. */
        END,
        /**
         * A flow's answer: "not for me". The flow ends and the message is routed as if none ran. A
         * free-text handler's: the next handler that accepts the text gets it.
         */
        DECLINE
    }

    public Outcome(List<String> messages, FlowChange flowChange, FlowState next) {
        this(messages, flowChange, next, null);
    }

    public Outcome {
        messages = List.copyOf(messages);
        Objects.requireNonNull(flowChange, "flowChange");
        if ((flowChange == FlowChange.CONTINUE) != (next != null)) {
            throw new IllegalArgumentException("a next flow state goes with CONTINUE, and only with it");
        }
    }

    /** Answer and end any flow the sender was in. */
    public static Outcome reply(String... messages) {
        return new Outcome(List.of(messages), FlowChange.END, null);
    }

    /** Answer and leave the sender's flow, if any, running. */
    public static Outcome aside(String... messages) {
        return new Outcome(List.of(messages), FlowChange.KEEP, null);
    }

    /** A flow or free-text handler passing on a message it does not take (see {@link FlowChange#DECLINE}). */
    public static Outcome decline() {
        return new Outcome(List.of(), FlowChange.DECLINE, null);
    }

    /**
     * The same answer, with a longer text the sender can ask for with MORE (MAS): a toolkit
     * section's full text after its summary. Text channels deliver it as they can (SMS in pages).
     */
    public Outcome withMore(String text) {
        return new Outcome(messages, flowChange, next, text);
    }

    /** Answer (usually with a question) and wait for the sender's next message in {@code next}. */
    public static Outcome ask(FlowState next, String... messages) {
        return new Outcome(List.of(messages), FlowChange.CONTINUE, next);
    }
}
