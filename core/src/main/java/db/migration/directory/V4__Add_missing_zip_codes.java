package db.migration.directory;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.postgresql.PGConnection;

/**
 * Adds the ZIP codes the shipped table gained after V3 first loaded it (Puerto Rico and the U.S.
 * Virgin Islands), without touching rows already there. On a new database V3 has loaded them
 * all and this inserts nothing.
 */
public class V4__Add_missing_zip_codes extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement s = context.getConnection().createStatement()) {
            s.execute("create temporary table zip_code_shipped (like zip_code) on commit drop");
        }
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(V3__Load_zip_codes.RESOURCE)) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine();
            context.getConnection().unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "copy zip_code_shipped (zip, city, state, county, latitude, longitude, time_zone) from stdin (format text)",
                    reader);
        }
        try (Statement s = context.getConnection().createStatement()) {
            s.execute("insert into zip_code select * from zip_code_shipped on conflict (zip) do nothing");
        }
    }
}
