package org.beloved.counties;

import java.util.List;
import org.beloved.shared.PortableTable;
import org.beloved.shared.PortableTables;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The export's county records (type {@code county}): what organizers recorded, one row per county. */
@Component
@Order(50)
class CountiesPortableData extends PortableTables {

    CountiesPortableData(JdbcClient jdbc) {
        super(jdbc, List.of(new PortableTable("county", "county", "fips", null)));
    }
}
