package org.beloved.sms;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class InboundSummaryTest {

    private final Logger logger = (Logger) LoggerFactory.getLogger(InboundSummary.class);
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
    private final AtomicLong nanos = new AtomicLong(1_000);
    private final InboundSummary summary = new InboundSummary(nanos::get);

    @BeforeEach
    void listen() {
        lines.start();
        logger.addAppender(lines);
        logger.setLevel(Level.INFO);
    }

    @AfterEach
    void stopListening() {
        logger.detachAppender(lines);
        logger.setLevel(null);
    }

    private List<String> info() {
        return lines.list.stream().filter(e -> e.getLevel() == Level.INFO).map(ILoggingEvent::getFormattedMessage).toList();
    }

    @Test
    void theFirstTextIsLoggedAtOnceWithItsSidAndMaskedSender() {
        summary.answered("SM1", "+14155550123", 2);

        assertThat(info()).singleElement().asString()
                .contains("1 answered, 0 silent").contains("SM1 from ***23").contains("2 message(s)")
                .doesNotContain("4155550123");
    }

    @Test
    void withinAMinuteTextsAreCountedNotLoggedAndTheNextLineSumsThemUp() {
        summary.answered("SM1", "+14155550123", 1);
        nanos.addAndGet(InboundSummary.EVERY.toNanos() - 1);
        summary.answered("SM2", "+14155550124", 1);
        summary.answered("SM3", "+14155550125", 0);
        summary.answered("SM4", "+14155550126", 3);
        assertThat(info()).hasSize(1);

        nanos.addAndGet(1);
        summary.answered("SM5", "+14155550127", 0);

        assertThat(info()).hasSize(2);
        assertThat(info().get(1)).contains("2 answered, 2 silent").contains("SM5 from ***27");
    }
}
