package io.throughline.nudge;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;

/**
 * Sends the recorded notices that are due, one transaction each: the notice stays locked while it is sent, so another
 * node skips it, and it is marked sent in the same transaction. A failure is kept with its reason and tried again
 * later, each time waiting twice as long (throughline.nudges.first-retry, longest-retry).
 * <p>
 * A node that dies between the send and the commit leaves the notice unsent: it goes out again. That is the one way a
 * notice can arrive twice, and no SMTP server or webhook offers a way around it.
 */
@Component
class Deliveries {

    private static final Logger log = LoggerFactory.getLogger(Deliveries.class);

    private final NoticeOutbox outbox;
    private final MailChannel mail;
    private final ChatChannel chat;
    private final NudgeProperties properties;
    private final Clock clock;
    private final TransactionTemplate transaction;

    Deliveries(NoticeOutbox outbox, MailChannel mail, ChatChannel chat, NudgeProperties properties, Clock clock,
               PlatformTransactionManager transactions) {
        this.outbox = outbox;
        this.mail = mail;
        this.chat = chat;
        this.properties = properties;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Sends until none is due; how many went out. */
    int deliverDue() {
        int sent = 0;
        for (Boolean delivered; (delivered = transaction.execute(status -> deliverNext())) != null; ) {
            sent += delivered ? 1 : 0;
        }
        return sent;
    }

    /** Null when none is due. */
    private Boolean deliverNext() {
        Instant now = clock.instant();
        return outbox.nextDue(now).map(pending -> {
            try {
                switch (pending.notice().channel()) {
                    case EMAIL -> mail.send(pending.notice());
                    case CHAT -> chat.send(pending.notice());
                }
                outbox.delivered(pending, now);
                return true;
            } catch (DeliveryFailed failed) {
                Instant next = now.plus(properties.retryAfter(pending.attempts() + 1));
                log.warn("Notice '{}' to {} not delivered ({}); trying again at {}", pending.notice().subject(),
                        pending.notice().recipientId(), failed.getMessage(), next);
                outbox.failed(pending, failed.getMessage(), next);
                return false;
            }
        }).orElse(null);
    }
}
