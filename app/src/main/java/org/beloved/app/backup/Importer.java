package org.beloved.app.backup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.beloved.shared.PortableData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code beloved.import=<file>}: loads an export into this instance's database at start-up, all of it
 * in one transaction, ids kept, each id sequence moved past them, reminders scheduled again by the
 * webinars module. The database must hold none of the exported records yet; otherwise, or on a
 * file that is not a whole export (its first and last lines), the start-up stops with a message saying why and nothing is changed.
 */
@Component
class Importer implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(Importer.class);

    private final ImportProperties properties;
    private final List<PortableData> modules;
    private final TransactionTemplate transaction;

    Importer(ImportProperties properties, List<PortableData> modules, PlatformTransactionManager transactions) {
        this.properties = properties;
        this.modules = modules;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public void run(ApplicationArguments args) {
        Path file = properties.file();
        if (file == null) {
            return;
        }
        if (!Files.isReadable(file)) {
            throw new IllegalStateException("beloved.import: cannot read " + file);
        }
        int records = transaction.execute(status -> load(file));
        log.info("beloved.import: loaded {} records from {}", records, file);
    }

    private int load(Path file) {
        refuseUnlessEmpty();
        Map<String, PortableData> owners = owners();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            checkHeader(reader.readLine());
            int records = 0;
            int lineNumber = 1;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                String type = type(line, lineNumber);
                if (type.equals(PortableFile.END_TYPE)) {
                    checkEnd(line, records);
                    modules.forEach(PortableData::loaded);
                    return records;
                }
                PortableData owner = owners.get(type);
                if (owner == null) {
                    throw new IllegalStateException("beloved.import: line " + lineNumber + " has an unknown type: " + type);
                }
                owner.load(type, line);
                records++;
            }
            throw new IllegalStateException("beloved.import: the file ends without its last line {\"type\":\""
                    + PortableFile.END_TYPE + "\",...}: the export was cut short. Nothing was imported.");
        } catch (IOException e) {
            throw new UncheckedIOException("beloved.import: cannot read " + file, e);
        }
    }

    private void refuseUnlessEmpty() {
        long rows = modules.stream().mapToLong(PortableData::rows).sum();
        if (rows > 0) {
            throw new IllegalStateException("beloved.import: the database is not empty (" + rows + " rows of "
                    + modules.stream().flatMap(m -> m.types().stream()).toList()
                    + "); an export is imported only into a fresh database. Nothing was imported.");
        }
    }

    private Map<String, PortableData> owners() {
        Map<String, PortableData> owners = new HashMap<>();
        modules.forEach(m -> m.types().forEach(t -> owners.put(t, m)));
        return owners;
    }

    private static void checkHeader(String line) {
        if (line == null || !PortableFile.HEADER_TYPE.equals(type(line, 1))
                || JsonMapper.shared().readTree(line).path("version").asInt() != PortableFile.VERSION) {
            throw new IllegalStateException("beloved.import: not a Beloved export (version " + PortableFile.VERSION
                    + "): the first line must be {\"type\":\"" + PortableFile.HEADER_TYPE + "\",\"version\":"
                    + PortableFile.VERSION + ",...}");
        }
    }

    private static void checkEnd(String line, int records) {
        long expected = JsonMapper.shared().readTree(line).path("records").asLong(-1);
        if (expected != records) {
            throw new IllegalStateException("beloved.import: the file holds " + records + " records but its last line says "
                    + expected + ". Nothing was imported.");
        }
    }

    private static String type(String line, int lineNumber) {
        try {
            JsonNode node = JsonMapper.shared().readTree(line);
            return node.path("type").asString("");
        } catch (JacksonException e) {
            throw new IllegalStateException("beloved.import: line " + lineNumber + " is not a JSON object", e);
        }
    }
}
