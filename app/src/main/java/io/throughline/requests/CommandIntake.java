package io.throughline.requests;

import io.throughline.query.progress.DashboardProgress;
import io.throughline.query.progress.LogRange;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Takes in changes at the pace the service can serve them and its pages can follow. Under load, every request thread
 * running a command competes for the same cores with the others and with the event processors: with 32 clients the
 * dashboard's processor got so little of them that it fell thousands of events behind, and a status report took many
 * seconds to reach the pages (bench/run.sh). So:
 * <ul>
 *     <li>a few changes run at once ({@code throughline.intake.concurrent-changes}); the rest wait their turn, and
 *     one that waited {@code queue-timeout} in vain is answered 503 with Retry-After;</li>
 *     <li>while the dashboard's processor is more than {@code max-backlog} events behind the head of the log, a change
 *     first waits until it has caught up with that head, at most {@code max-wait}: intake slows to what the
 *     projections handle, and the pages stay fresh.</li>
 * </ul>
 * Requests that only read are never held. Runs after Spring Security: a request that is refused costs no turn.
 */
class CommandIntake extends OncePerRequestFilter {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final String BUSY = "The service is taking in as many changes as it can serve; nothing was stored. "
            + "Send the request again after Retry-After seconds.";
    /** The head of the log is read at most this often, by whichever change asks first. */
    private static final long HEAD_EVERY_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

    private final IntakeProperties settings;
    private final Semaphore turns;
    private final EventStore log;
    private final ObjectProvider<DashboardProgress> progress;
    private final Unavailable unavailable;
    private final AtomicLong headReadAt = new AtomicLong(System.nanoTime() - HEAD_EVERY_NANOS);
    private volatile TrackingToken head;

    CommandIntake(IntakeProperties settings, EventStore log, ObjectProvider<DashboardProgress> progress,
                  Unavailable unavailable) {
        this.settings = settings;
        this.turns = new Semaphore(settings.permits(), true);
        this.log = log;
        this.progress = progress;
        this.unavailable = unavailable;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return READS.contains(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!awaitTurn()) {
            unavailable.answer(request, response, "Busy", BUSY, settings.retryAfter());
            return;
        }
        try {
            keepPaceWithTheDashboard();
            chain.doFilter(request, response);
        } finally {
            turns.release();
        }
    }

    private boolean awaitTurn() {
        try {
            return turns.tryAcquire(settings.queueTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void keepPaceWithTheDashboard() {
        DashboardProgress dashboard = progress.getIfAvailable();
        if (dashboard == null) {
            return;
        }
        TrackingToken now = head();
        if (dashboard.behind(now) > settings.maxBacklog()) {
            long position = now.position().orElse(0);
            dashboard.handled(new LogRange(position - 1, position), settings.maxWait()).join();
        }
    }

    private TrackingToken head() {
        long readAt = headReadAt.get();
        long now = System.nanoTime();
        if (head == null || now - readAt >= HEAD_EVERY_NANOS && headReadAt.compareAndSet(readAt, now)) {
            head = log.createHeadToken();
        }
        return head;
    }
}
