package org.beloved.app.expiry;

import org.beloved.directory.Connections;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * Every hour: CONNECT's requests untouched for 7 days and the partner lists shown 7 days ago are
 * deleted ({@link Connections#purgeExpired}). Thin: the directory decides what expired.
 */
@DisallowConcurrentExecution
class ConnectExpiryJob extends QuartzJobBean {

    private static final Logger log = LoggerFactory.getLogger(ConnectExpiryJob.class);

    private final Connections connections;

    ConnectExpiryJob(Connections connections) {
        this.connections = connections;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        log.info("Connect expiry: {} row(s) older than 7 days deleted", connections.purgeExpired());
    }
}
