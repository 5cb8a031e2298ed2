package org.beloved.alerts;

import java.util.List;
import org.beloved.shared.PortableTable;
import org.beloved.shared.PortableTables;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The export's alert opt-ins, as stored (place, county, language, zone). Alerts already drafted or
 * sent stay behind: their outbox rows are not exported either.
 */
@Component
@Order(35)
class AlertsPortableData extends PortableTables {

    AlertsPortableData(JdbcClient jdbc) {
        super(jdbc, List.of(new PortableTable("alert_subscriber", "alert_subscriber", "channel, address", null)));
    }
}
