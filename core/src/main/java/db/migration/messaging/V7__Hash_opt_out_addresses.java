package db.migration.messaging;

import java.util.List;
import org.beloved.messaging.internal.HashKeys;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The opt-out list keeps a keyed hash of each address instead of the address: every row already
 * there is hashed in place, with the key the application then uses ({@code beloved.privacy.hash-secret},
 * passed as the Flyway placeholder {@code privacy_hash_secret}; unset: the generated one, settled here).
 */
public class V7__Hash_opt_out_addresses extends BaseJavaMigration {

    /** The Flyway placeholder that carries {@code beloved.privacy.hash-secret} (application.yml). */
    public static final String SECRET_PLACEHOLDER = "privacy_hash_secret";

    private record OptOut(String channel, String address) {
    }

    @Override
    public void migrate(Context context) {
        JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(context.getConnection(), true));
        byte[] key = HashKeys.resolve(jdbc, context.getConfiguration().getPlaceholders().get(SECRET_PLACEHOLDER));
        List<OptOut> rows = jdbc.sql("select channel, address from opt_out")
                .query((rs, i) -> new OptOut(rs.getString(1), rs.getString(2))).list();
        for (OptOut row : rows) {
            jdbc.sql("update opt_out set address = ? where channel = ? and address = ?")
                    .params(HashKeys.hash(key, row.address()), row.channel(), row.address()).update();
        }
    }
}
