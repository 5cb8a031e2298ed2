package org.beloved.app.alerts;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.beloved.alerts.Alert;
import org.beloved.alerts.AlertPreview;
import org.beloved.alerts.AlertReport;
import org.beloved.shared.Channel;
import org.beloved.shared.Language;

/**
 * An alert as the admin API shows it: what was drafted, the preview ({@code recipients},
 * {@code recipientsByChannel} {"sms", "discord"}, {@code segments} per language {"en", "es"}: the
 * segments one SMS takes, stop line included; {@code smsRecipientsByLanguage}; {@code estimatedCostUsd}),
 * and once sent, {@code sentAt}, {@code enqueued} and where its messages stand: {@code sent},
 * {@code failed}, {@code refused} (not sent because the recipient refuses messages by then) and
 * {@code waiting} (quiet hours, retries).
 */
record AlertJson(long id, String text, String textEs, List<String> counties, String zip, Double radiusMiles,
        List<String> channels, boolean urgent, int recipients, Map<String, Integer> recipientsByChannel,
        Map<String, Integer> segments, Map<String, Integer> smsRecipientsByLanguage, BigDecimal estimatedCostUsd,
        String createdBy, String createdAt, String sentAt, Integer enqueued, long sent, long failed, long refused,
        long waiting) {

    static AlertJson of(AlertReport report) {
        Alert a = report.alert();
        AlertPreview p = a.preview();
        return new AlertJson(a.id(), a.text(), a.textEs(), a.counties().isEmpty() ? null : a.counties(), a.zip(),
                a.radiusMiles(), a.channels().stream().sorted().map(AlertJson::name).toList(), a.urgent(), p.recipients(),
                byChannel(p.recipientsByChannel()), byLanguage(p.segments()), byLanguage(p.smsRecipientsByLanguage()),
                p.estimatedCostUsd(), a.createdBy(), a.createdAt().toString(),
                a.sentAt() == null ? null : a.sentAt().toString(), a.enqueued(), report.sent(), report.failed(),
                report.refused(), report.waiting());
    }

    private static String name(Channel channel) {
        return channel.name().toLowerCase(Locale.ROOT);
    }

    private static Map<String, Integer> byChannel(Map<Channel, Integer> counts) {
        Map<String, Integer> json = new LinkedHashMap<>();
        counts.keySet().stream().sorted().forEach(c -> json.put(name(c), counts.get(c)));
        return json;
    }

    private static Map<String, Integer> byLanguage(Map<Language, Integer> counts) {
        Map<String, Integer> json = new LinkedHashMap<>();
        for (Language language : Language.values()) {
            json.put(language.code(), counts.getOrDefault(language, 0));
        }
        return json;
    }
}
