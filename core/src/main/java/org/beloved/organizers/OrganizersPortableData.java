package org.beloved.organizers;

import java.util.List;
import org.beloved.shared.PortableTable;
import org.beloved.shared.PortableTables;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The export's organizers and audit log. */
@Component
@Order(20)
class OrganizersPortableData extends PortableTables {

    OrganizersPortableData(JdbcClient jdbc) {
        super(jdbc, List.of(new PortableTable("organizer", "organizer", "id", "id"),
                new PortableTable("audit", "audit_event", "id", "id")));
    }
}
