package db.migration.directory;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.postgresql.PGConnection;

/**
 * Loads the shipped US ZIP code table (about 41,000 rows) with COPY. Flyway runs it once per
 * database, so a restart neither reloads nor duplicates it.
 */
public class V3__Load_zip_codes extends BaseJavaMigration {

    static final String RESOURCE = "geodata/us-zip-codes.tsv";

    @Override
    public void migrate(Context context) throws Exception {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String header = reader.readLine();
            if (!"zip\tcity\tstate\tcounty\tlatitude\tlongitude\ttime_zone".equals(header)) {
                throw new IllegalStateException(RESOURCE + " has an unexpected header: " + header);
            }
            long rows = copy(context, reader);
            if (rows < 40_000) {
                throw new IllegalStateException("only " + rows + " ZIP codes in " + RESOURCE);
            }
        }
    }

    private static long copy(Context context, Reader rows) throws Exception {
        PGConnection pg = context.getConnection().unwrap(PGConnection.class);
        return pg.getCopyAPI().copyIn(
                "copy zip_code (zip, city, state, county, latitude, longitude, time_zone) from stdin (format text)", rows);
    }
}
