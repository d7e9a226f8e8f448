package io.throughline.nudge;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.throughline.kernel.PersonId;
import io.throughline.kernel.nudge.ChooseNotifications;
import io.throughline.kernel.nudge.GetNotificationDefaults;
import io.throughline.kernel.nudge.GetNotificationSettings;
import io.throughline.kernel.nudge.NotificationChoices;
import io.throughline.kernel.nudge.NotificationDefaults;
import io.throughline.kernel.nudge.NotificationSettings;
import io.throughline.kernel.nudge.SetNotificationDefaults;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.DayOfWeek;

/** Each person's nudges, and the organisation's (admins). */
@RestController
@Tag(name = "Nudges")
class NotificationsController {

    private final CommandGateway commands;
    private final QueryGateway queries;

    NotificationsController(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    /** Every field required: a choice left out is refused, not taken as "off". */
    record Choices(Boolean email, Boolean chat, Boolean digest, Boolean notices) {

        NotificationChoices toChoices(String prefix) {
            return new NotificationChoices(required(prefix + "email", email), required(prefix + "chat", chat),
                    required(prefix + "digest", digest), required(prefix + "notices", notices));
        }
    }

    record Defaults(DayOfWeek digestDay,
                    @Schema(minimum = "0", maximum = "23") Integer digestHour,
                    @Schema(example = "Europe/Oslo") String timeZone,
                    Choices choices) {
    }

    @GetMapping("/api/me/notifications")
    @Operation(summary = "My nudges", description = "choices: mine if I made them (ownChoice), otherwise the "
            + "organisation's; defaults: when the weekly digest goes out (digestDay, digestHour in timeZone).")
    NotificationSettings mine(Authentication me) {
        return queries.query(new GetNotificationSettings(new PersonId(me.getName())), NotificationSettings.class).join();
    }

    @PutMapping("/api/me/notifications")
    @Operation(summary = "Choose my nudges", description = "email: by e-mail to my address; chat: by the chat "
            + "webhook of the team a nudge is about; digest: the weekly digest of what is due; notices: the prompt "
            + "notices (a priority assigned to me, one mine serves dropped, a decision flagged in my team). Every "
            + "field is required (400 naming it); 409 if these are my choices already.")
    NotificationSettings choose(@RequestBody Choices choices, Authentication me) {
        PersonId person = new PersonId(me.getName());
        NotificationChoices chosen = choices.toChoices("");
        commands.sendAndWait(new ChooseNotifications(person, chosen));
        return new NotificationSettings(person, chosen, true,
                queries.query(new GetNotificationDefaults(), NotificationDefaults.class).join());
    }

    @GetMapping("/api/admin/notifications")
    @Operation(summary = "The organisation's nudges (admins)", description = "When the weekly digest goes out and "
            + "the choices of everyone who made none of their own. Until set: MONDAY, 8, UTC, digest and notices by "
            + "e-mail.")
    NotificationDefaults defaults() {
        return queries.query(new GetNotificationDefaults(), NotificationDefaults.class).join();
    }

    @PutMapping("/api/admin/notifications")
    @Operation(summary = "Set the organisation's nudges (admins)", description = "digestDay MONDAY…SUNDAY, "
            + "digestHour 0-23, timeZone an IANA zone such as Europe/Oslo. 400 naming the field at fault; 409 if "
            + "nothing changes. The audit log records who set them.")
    NotificationDefaults setDefaults(@RequestBody Defaults request) {
        NotificationDefaults defaults = new NotificationDefaults(request.digestDay(),
                required("digestHour", request.digestHour()), request.timeZone(),
                required("choices", request.choices()).toChoices("choices."));
        commands.sendAndWait(new SetNotificationDefaults(defaults));
        return defaults;
    }

    private static <T> T required(String field, T value) {
        if (value == null) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, field + ": is required");
            problem.setProperty("field", field);
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
        }
        return value;
    }
}
