package org.beloved.conversation;

import java.util.Map;
import java.util.Objects;

/**
 * Where a sender is in a multi-step flow: the flow's id, its current step and what was collected
 * so far. Stored in PostgreSQL between messages, so it survives restarts and other instances.
 */
public record FlowState(String flow, String step, Map<String, String> data) {

    public FlowState {
        Objects.requireNonNull(flow, "flow");
        Objects.requireNonNull(step, "step");
        data = Map.copyOf(data);
    }

    public static FlowState start(String flow, String step) {
        return new FlowState(flow, step, Map.of());
    }

    /** The same flow at another step, with one more collected value. */
    public FlowState next(String nextStep, String key, String value) {
        var copy = new java.util.HashMap<>(data);
        copy.put(key, value);
        return new FlowState(flow, nextStep, copy);
    }

    public String get(String key) {
        return data.get(key);
    }
}
