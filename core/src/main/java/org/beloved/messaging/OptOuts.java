package org.beloved.messaging;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
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

    /**
     * Those of {@code recipients} nothing stops a message to by opt-out, in their order: the test
     * {@link Outbox#enqueue} applies in its own statement, so a count made with this (an alert's
     * preview) equals what an enqueue of the same recipients then adds.
     */
    public List<Recipient> notOptedOut(List<Recipient> recipients) {
        if (recipients.isEmpty()) {
            return List.of();
        }
        String[] channels = recipients.stream().map(r -> r.channel().name()).toArray(String[]::new);
        List<String> addresses = recipients.stream().map(Recipient::address).toList();
        List<Integer> kept = jdbc.sql("""
                select r.i from unnest(?::text[], ?::text[]) with ordinality as r (channel, address_hash, i)
                where not exists (select 1 from opt_out o where o.channel = r.channel and o.address_hash = r.address_hash)
                order by r.i
                """).params(channels, hasher.hashes(addresses)).query(Integer.class).list();
        return kept.size() == recipients.size() ? List.copyOf(recipients)
                : kept.stream().map(i -> recipients.get(i - 1)).toList();
    }

    public boolean isOptedOut(Channel channel, String address) {
        return jdbc.sql("select exists (select 1 from opt_out where channel = ? and address_hash = ?)")
                .params(channel.name(), hasher.hash(address))
                .query(Boolean.class).single();
    }
}
