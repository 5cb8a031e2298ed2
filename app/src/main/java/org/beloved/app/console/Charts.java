package org.beloved.app.console;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.beloved.messaging.MessagingDay;
import org.beloved.messaging.MessagingStats;
import org.beloved.shared.Channel;
import org.beloved.shared.Language;
import org.beloved.shared.Texts;
import org.beloved.sms.SmsStats;
import org.beloved.webinars.Subscriptions;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The Today page's charts of the last {@value #DAYS} days, drawn here as SVG line charts (no script,
 * no library): subscribers by channel, texts in and out, delivery failures and opt-outs, and SMS
 * segments sent (what Twilio bills: in webhook answers, recorded with each reply, and through the
 * API, recorded with each text Twilio accepted). Each comes with its numbers, for the table beside it.
 */
@Component
class Charts {

    static final int DAYS = 30;
    private static final String[] COLORS = {"#7a2e8e", "#1f5f8b"};
    private static final int WIDTH = 340;
    private static final int HEIGHT = 120;
    private static final int PAD = 24;

    private final MessagingStats messaging;
    private final SmsStats sms;
    private final Subscriptions subscriptions;
    private final Texts texts;

    Charts(MessagingStats messaging, SmsStats sms, Subscriptions subscriptions, Texts texts) {
        this.messaging = messaging;
        this.sms = sms;
        this.subscriptions = subscriptions;
        this.texts = texts;
    }

    /** One named series of {@value #DAYS} daily values. */
    record Series(String name, long[] values) {
    }

    /** A chart: its id, title, the days, its series, and the SVG drawn from them. */
    record Chart(String id, String title, List<LocalDate> days, List<Series> series, String svg) {

        public long value(int series, int day) {
            return series().get(series).values()[day];
        }
    }

    List<Chart> lastDays(Language language) {
        List<MessagingDay> days = messaging.lastDays(DAYS);
        List<LocalDate> dates = days.stream().map(MessagingDay::day).toList();
        Map<Channel, long[]> subscribers = subscriptions.lastDays(DAYS);
        List<Chart> charts = new ArrayList<>();
        charts.add(chart("chart-subscribers", "console.chart.subscribers", dates, language,
                new Series(texts.get(language, "console.series.sms"), subscribers.get(Channel.SMS)),
                new Series(texts.get(language, "console.series.discord"), subscribers.get(Channel.DISCORD))));
        charts.add(chart("chart-texts", "console.chart.texts", dates, language,
                new Series(texts.get(language, "console.series.in"), days.stream().mapToLong(MessagingDay::textsIn).toArray()),
                new Series(texts.get(language, "console.series.out"), days.stream().mapToLong(MessagingDay::textsOut).toArray())));
        charts.add(chart("chart-failures", "console.chart.failures", dates, language,
                new Series(texts.get(language, "console.series.failures"), days.stream().mapToLong(MessagingDay::failures).toArray()),
                new Series(texts.get(language, "console.series.opt-outs"), days.stream().mapToLong(MessagingDay::optOuts).toArray())));
        charts.add(chart("chart-segments", "console.chart.segments", dates, language,
                new Series(texts.get(language, "console.series.segments-replies"), messaging.replySegments(DAYS)),
                new Series(texts.get(language, "console.series.segments-api"), sms.segmentsSent(DAYS))));
        return charts;
    }

    private Chart chart(String id, String titleKey, List<LocalDate> dates, Language language, Series... series) {
        String title = texts.get(language, titleKey);
        return new Chart(id, title, dates, List.of(series), svg(id, title, dates, series));
    }

    /** A line per series over the days, the top value marked on the axis, a legend underneath. */
    static String svg(String id, String title, List<LocalDate> dates, Series... series) {
        long max = 1;
        for (Series s : series) {
            for (long v : s.values()) {
                max = Math.max(max, v);
            }
        }
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(HEIGHT + 20 * series.length).append("\" aria-labelledby=\"")
                .append(id).append("-svg-title\"><title id=\"").append(id).append("-svg-title\">")
                .append(HtmlUtils.htmlEscape(title)).append("</title>");
        int bottom = HEIGHT - PAD;
        svg.append("<line x1=\"").append(PAD).append("\" y1=\"").append(bottom).append("\" x2=\"").append(WIDTH - 4)
                .append("\" y2=\"").append(bottom).append("\" stroke=\"#4a4a4f\"/>");
        svg.append("<text x=\"2\" y=\"12\" font-size=\"10\" fill=\"#1d1d1f\">").append(max).append("</text>");
        svg.append("<text x=\"2\" y=\"").append(bottom).append("\" font-size=\"10\" fill=\"#1d1d1f\">0</text>");
        svg.append("<text x=\"").append(PAD).append("\" y=\"").append(HEIGHT - 8).append("\" font-size=\"10\" fill=\"#1d1d1f\">")
                .append(dates.get(0)).append("</text>");
        svg.append("<text x=\"").append(WIDTH - 4).append("\" y=\"").append(HEIGHT - 8)
                .append("\" font-size=\"10\" text-anchor=\"end\" fill=\"#1d1d1f\">").append(dates.get(dates.size() - 1))
                .append("</text>");
        double step = (WIDTH - PAD - 8) / (double) Math.max(1, dates.size() - 1);
        for (int i = 0; i < series.length; i++) {
            svg.append("<polyline fill=\"none\" stroke-width=\"2\" stroke=\"").append(COLORS[i % COLORS.length])
                    .append("\" points=\"");
            long[] values = series[i].values();
            for (int d = 0; d < values.length; d++) {
                double x = PAD + d * step;
                double y = bottom - (bottom - 16) * (values[d] / (double) max);
                svg.append(String.format(java.util.Locale.ROOT, "%.1f,%.1f ", x, y));
            }
            svg.append("\"/>");
            int legend = HEIGHT + 20 * i + 4;
            svg.append("<rect x=\"").append(PAD).append("\" y=\"").append(legend).append("\" width=\"12\" height=\"12\" fill=\"")
                    .append(COLORS[i % COLORS.length]).append("\"/><text x=\"").append(PAD + 18).append("\" y=\"")
                    .append(legend + 10).append("\" font-size=\"12\" fill=\"#1d1d1f\">")
                    .append(HtmlUtils.htmlEscape(series[i].name())).append("</text>");
        }
        return svg.append("</svg>").toString();
    }
}
