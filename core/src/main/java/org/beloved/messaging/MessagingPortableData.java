package org.beloved.messaging;

import java.util.List;
import org.beloved.shared.PortableTable;
import org.beloved.shared.PortableTables;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The export's opt-outs, as stored (keyed hashes), and the hash key they were made with, so that
 * every STOP still holds after an import. The key row a fresh instance generated at start-up is
 * replaced by the imported one (a database with opt-outs is never imported into).
 */
@Component
@Order(40)
class MessagingPortableData extends PortableTables {

    private final JdbcClient jdbc;
    private final AddressHasher hasher;

    MessagingPortableData(JdbcClient jdbc, AddressHasher hasher) {
        super(jdbc, List.of(new PortableTable("hash_key", "hash_key", "id", null),
                new PortableTable("opt_out", "opt_out", "channel, address_hash", null)));
        this.jdbc = jdbc;
        this.hasher = hasher;
    }

    @Override
    public long rows() {
        return jdbc.sql("select count(*) from opt_out").query(Long.class).single();
    }

    @Override
    public void load(String type, String json) {
        if (type.equals("hash_key")) {
            jdbc.sql("delete from hash_key").update();
        }
        super.load(type, json);
    }

    @Override
    public void loaded() {
        super.loaded();
        hasher.reload();
    }
}
