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
 * Sets each ZIP's county FIPS code (V16's column) from the shipped {@code us-zip-county-fips.tsv}
 * (tools/zipdata), with COPY into a temporary table and one update. ZIPs the file leaves out
 * (Puerto Rico, the U.S. Virgin Islands) keep none.
 */
public class V17__Load_zip_county_fips extends BaseJavaMigration {

    static final String RESOURCE = "geodata/us-zip-county-fips.tsv";

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement s = context.getConnection().createStatement()) {
            s.execute("create temporary table zip_county_shipped (zip char(5), county_fips char(5)) on commit drop");
        }
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String header = reader.readLine();
            if (!"zip\tcounty_fips".equals(header)) {
                throw new IllegalStateException(RESOURCE + " has an unexpected header: " + header);
            }
            long rows = context.getConnection().unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "copy zip_county_shipped (zip, county_fips) from stdin (format text)", reader);
            if (rows < 40_000) {
                throw new IllegalStateException("only " + rows + " county FIPS codes in " + RESOURCE);
            }
        }
        try (Statement s = context.getConnection().createStatement()) {
            s.execute("update zip_code z set county_fips = c.county_fips from zip_county_shipped c where c.zip = z.zip");
        }
    }
}
