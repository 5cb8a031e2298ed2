package org.beloved.messaging;

import java.sql.Timestamp;
import java.time.Clock;
import org.beloved.shared.Channel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The opt-out registry: who said STOP. An opted-out address receives nothing at all (no reminder,
 * no broadcast, no reply) until it opts in again. Survives DELETE MY DATA by design, which is why
 * it keeps only a keyed hash of each address ({@link AddressHasher}): it recognises a number
 * without holding it.
 */
@Service
public class OptOuts {

    private final JdbcClient jdbc;
    private final AddressHasher hasher;
    private final Clock clock;

    OptOuts(JdbcClient jdbc, AddressHasher hasher, Clock clock) {
        this.jdbc = jdbc;
        this.hasher = hasher;
        this.clock = clock;
    }

    /** @return true if this changed anything (the address was not opted out before) */
    public boolean optOut(Channel channel, String address, String reason) {
        return jdbc.sql("insert into opt_out (channel, address_hash, reason, created_at) values (?, ?, ?, ?) on conflict do nothing")
                .params(channel.name(), hasher.hash(address), reason, Timestamp.from(clock.instant()))
                .update() == 1;
    }

    /** @return true if the address was opted out */
    public boolean optIn(Channel channel, String address) {
        return jdbc.sql("delete from opt_out where channel = ? and address_hash = ?")
                .params(channel.name(), hasher.hash(address))
                .update() == 1;
    }

    public boolean isOptedOut(Channel channel, String address) {
        return jdbc.sql("select exists (select 1 from opt_out where channel = ? and address_hash = ?)")
                .params(channel.name(), hasher.hash(address))
                .query(Boolean.class).single();
    }
}
