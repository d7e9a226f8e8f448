package io.throughline.command.priority;

import io.throughline.command.web.Versions;
import io.throughline.command.web.Versions.Versioned;
import io.throughline.kernel.priority.PriorityId;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import java.util.function.Function;

/**
 * How every HTTP write to a priority goes, whichever part of it changes (the priority itself, its milestones, what it
 * contributes to): the {@code If-Match} header becomes the version the command expects, and the priority's new version
 * comes back as ETag.
 */
@Component
class PriorityWrites {

    private final CommandGateway commands;

    PriorityWrites(CommandGateway commands) {
        this.commands = commands;
    }

    /** Sends the command built for the expected version; answers the priority's id and new version. */
    ResponseEntity<Versioned> send(PriorityId priorityId, String ifMatch, Function<Long, Object> command) {
        return Versions.written(priorityId, version(ifMatch, command));
    }

    /** Sends the command built for the expected version; answers the priority's new version. */
    long version(String ifMatch, Function<Long, Object> command) {
        return commands.sendAndWait(command.apply(Versions.expected(ifMatch)));
    }
}
