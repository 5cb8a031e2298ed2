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
 * (tools/zipdata), with COPY into a temporary table and one update; ZIPs the file leaves out (the
 * Marshall Islands') keep none. ZIPs whose county is empty (Puerto Rico's and the U.S. Virgin
 * Islands') take their county equivalent's name from {@code us-territory-county-names.tsv}.
 */
public class V17__Load_zip_county_fips extends BaseJavaMigration {

    static final String RESOURCE = "geodata/us-zip-county-fips.tsv";
    static final String NAMES = "geodata/us-territory-county-names.tsv";

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement s = context.getConnection().createStatement()) {
            s.execute("create temporary table zip_county_shipped (zip char(5), county_fips char(5)) on commit drop");
            s.execute("create temporary table county_name_shipped (county_fips char(5), name text) on commit drop");
        }
        long rows = copy(context, RESOURCE, "zip\tcounty_fips", "zip_county_shipped (zip, county_fips)");
        if (rows < 40_000) {
            throw new IllegalStateException("only " + rows + " county FIPS codes in " + RESOURCE);
        }
        copy(context, NAMES, "county_fips\tname", "county_name_shipped (county_fips, name)");
        try (Statement s = context.getConnection().createStatement()) {
            s.execute("update zip_code z set county_fips = c.county_fips from zip_county_shipped c where c.zip = z.zip");
            s.execute("""
                    update zip_code z set county = n.name from county_name_shipped n
                    where n.county_fips = z.county_fips and z.county = ''""");
        }
    }

    private long copy(Context context, String resource, String header, String table) throws Exception {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String first = reader.readLine();
            if (!header.equals(first)) {
                throw new IllegalStateException(resource + " has an unexpected header: " + first);
            }
            return context.getConnection().unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy " + table + " from stdin (format text)", reader);
        }
    }
}
