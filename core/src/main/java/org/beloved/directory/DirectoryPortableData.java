package org.beloved.directory;

import java.util.List;
import org.beloved.shared.PortableTable;
import org.beloved.shared.PortableTables;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The export's congregations, every column (consent flags and status included), the claims waiting
 * for an organizer (or resolved), and each listing's check-in state.
 */
@Component
@Order(10)
class DirectoryPortableData extends PortableTables {

    DirectoryPortableData(JdbcClient jdbc) {
        super(jdbc, List.of(new PortableTable("congregation", "congregation", "id", "id"),
                new PortableTable("congregation_claim", "congregation_claim", "id", "id"),
                new PortableTable("listing_freshness", "listing_freshness", "congregation_id", null)));
    }
}
