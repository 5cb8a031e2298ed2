package org.beloved.app.backup;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.beloved.app.web.AdminToken;
import org.beloved.organizers.Actor;
import org.beloved.organizers.AuditAction;
import org.beloved.organizers.AuditLog;
import org.beloved.shared.PortableData;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * {@code GET /api/admin/export}, behind the admin token: the portable export as JSON lines
 * ({@code application/x-ndjson}), the header line {@code {"type":"beloved-export","version":1,
 * "exportedAt":"..."}} first, then one line per record, {@code {"type":"beloved-export-end","records":N}} last, each module's records from one consistent
 * snapshot (a read-only repeatable-read transaction). Audited as {@code data.export}, before the
 * download (so the export holds its own record). {@code beloved.import} loads it.
 */
@RestController
class ExportApi {

    private static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");

    private final AdminToken admin;
    private final AuditLog audit;
    private final List<PortableData> modules;
    private final TransactionTemplate snapshot;
    private final Clock clock;

    ExportApi(AdminToken admin, AuditLog audit, List<PortableData> modules, PlatformTransactionManager transactions, Clock clock) {
        this.admin = admin;
        this.audit = audit;
        this.modules = modules;
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setReadOnly(true);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.clock = clock;
    }

    @GetMapping(path = "/api/admin/export")
    ResponseEntity<StreamingResponseBody> export(
            @RequestHeader(name = "Authorization", required = false) String authorization) {
        admin.authorize(authorization);
        audit.record(Actor.adminToken(), AuditAction.DATA_EXPORT, null, null);
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
