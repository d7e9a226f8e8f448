package io.throughline.command;

import org.axonframework.commandhandling.gateway.IntervalRetryScheduler;
import org.axonframework.common.ExceptionUtils;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Several service instances may share one event store. When two of them append to the same aggregate at once, the
 * store's unique (aggregate, sequence) key refuses the later append and its command fails with a
 * {@link ConcurrencyException}; nothing was stored. Such a command is sent again, a bounded number of times: the
 * next attempt loads the aggregate with the other instance's events and decides afresh (a stale {@code If-Match}
 * version then fails as stale, as it should). Every other failure — a refusal, a stale version — is final.
 */
class ConcurrentAppendRetries extends IntervalRetryScheduler {

    private static final Logger LOG = LoggerFactory.getLogger(ConcurrentAppendRetries.class);

    ConcurrentAppendRetries(Builder builder) {
        super(builder);
    }

    @Override
    protected boolean isExplicitlyNonTransient(Throwable failure) {
        boolean lostAnAppend = ExceptionUtils.findException(failure, ConcurrencyException.class).isPresent();
        if (lostAnAppend) {
            LOG.debug("a concurrent append on another instance won; the command is sent again: {}", failure.getMessage());
        }
        return !lostAnAppend;
    }
}
