package io.throughline.web;

import io.throughline.kernel.team.TeamId;
import io.throughline.kernel.team.TeamTouched;
import io.throughline.kernel.team.WatchTeam;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/**
 * {@code /teams/{id}/live}: server-sent events for a team page, one {@code changed} event each time the read models
 * have taken in something about the team. The page's htmx reloads the parts that show it; the browser reconnects by
 * itself when the stream ends.
 */
@Controller
class TeamLive {

    /** A stream ends now and then, so that a page left open does not hold its subscription for ever. */
    private static final Duration STREAM_LIFETIME = Duration.ofMinutes(30);

    private final QueryGateway queries;

    TeamLive(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping(path = "/teams/{teamId}/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter live(@PathVariable TeamId teamId) {
        SseEmitter stream = new SseEmitter(STREAM_LIFETIME.toMillis());
        SubscriptionQueryResult<Optional<TeamTouched>, TeamTouched> watch = queries.subscriptionQuery(
                new WatchTeam(teamId), ResponseTypes.optionalInstanceOf(TeamTouched.class),
                ResponseTypes.instanceOf(TeamTouched.class));
        watch.updates().subscribe(touched -> send(stream, touched, watch), stream::completeWithError, stream::complete);
        stream.onCompletion(watch::cancel);
        stream.onTimeout(watch::cancel);
        stream.onError(failure -> watch.cancel());
        try {
            // Opens the stream at once (the browser shows the page as live), rather than at the first change.
            stream.send(SseEmitter.event().comment("watching team " + teamId));
        } catch (IOException gone) {
            watch.cancel();
        }
        return stream;
    }

    private static void send(SseEmitter stream, TeamTouched touched, SubscriptionQueryResult<?, ?> watch) {
        try {
            stream.send(SseEmitter.event().name("changed").data(touched.eventType()));
        } catch (IOException | IllegalStateException gone) {
            // The page was closed: nobody listens any more.
            watch.cancel();
        }
    }
}
