package org.beloved.shared;

import java.security.SecureRandom;
import java.util.HexFormat;
import org.springframework.stereotype.Component;

/**
 * This process among the instances sharing the database: what it writes where it holds something
 * for a while (an outbox row's lease), and what health may show. A new one each start, so a
 * restarted instance never mistakes its predecessor's claims for its own.
 */
@Component
public final class InstanceId {

    private final String value;

    public InstanceId() {
        this(hostName() + ":" + ProcessHandle.current().pid() + ":" + random());
    }

    public InstanceId(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("an instance id must not be blank");
        }
        this.value = value;
    }

    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }

    private static String hostName() {
        String host = System.getenv("HOSTNAME");
        return host == null || host.isBlank() ? "local" : host;
    }

    private static String random() {
        byte[] bytes = new byte[3];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
