package org.beloved.app.backup;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.beloved.organizers.Actor;
import org.beloved.organizers.AuditAction;
import org.beloved.organizers.AuditLog;
import org.beloved.shared.PortableData;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The portable export as a download, for whoever was let in ({@code GET /api/admin/export} with the
 * admin token, the organizer console with a signed-in organizer): JSON lines
 * ({@code application/x-ndjson}), the header line {@code {"type":"beloved-export","version":1,
 * "exportedAt":"..."}} first, then one line per record, {@code {"type":"beloved-export-end","records":N}}
 * last, each module's records from one consistent snapshot (a read-only repeatable-read transaction).
 * Audited as {@code data.export} with the actor, before the download (so the export holds its own record).
 */
@Component
public class PortableExport {

    private static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");

    private final AuditLog audit;
    private final List<PortableData> modules;
    private final TransactionTemplate snapshot;
    private final Clock clock;

    PortableExport(AuditLog audit, List<PortableData> modules, PlatformTransactionManager transactions, Clock clock) {
        this.audit = audit;
        this.modules = modules;
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setReadOnly(true);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.clock = clock;
    }

    public ResponseEntity<StreamingResponseBody> download(Actor actor) {
        audit.record(actor, AuditAction.DATA_EXPORT, null, null);
        String header = "{\"type\":\"" + PortableFile.HEADER_TYPE + "\",\"version\":" + PortableFile.VERSION
                + ",\"exportedAt\":\"" + clock.instant() + "\"}";
        StreamingResponseBody body = out -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            writer.write(header);
            writer.write('\n');
            AtomicLong records = new AtomicLong();
            snapshot.executeWithoutResult(status -> modules.forEach(m -> m.export(json -> {
                line(writer, json);
                records.incrementAndGet();
            })));
            line(writer, "{\"type\":\"" + PortableFile.END_TYPE + "\",\"records\":" + records.get() + "}");
            writer.flush();
        };
        return ResponseEntity.ok().contentType(NDJSON)
                .header("Content-Disposition", "attachment; filename=\"beloved-export.jsonl\"").body(body);
    }

    private static void line(BufferedWriter writer, String json) {
        try {
            writer.write(json);
            writer.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
