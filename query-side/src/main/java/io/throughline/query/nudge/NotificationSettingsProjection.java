package io.throughline.query.nudge;

import io.throughline.kernel.PersonId;
import io.throughline.kernel.nudge.GetNotificationDefaults;
import io.throughline.kernel.nudge.GetTeamWebhook;
import io.throughline.kernel.nudge.GetNotificationSettings;
import io.throughline.kernel.nudge.NotificationChoices;
import io.throughline.kernel.nudge.NotificationDefaults;
import io.throughline.kernel.nudge.NotificationDefaultsSet;
import io.throughline.kernel.nudge.NotificationSettings;
import io.throughline.kernel.nudge.NotificationsChosen;
import io.throughline.kernel.nudge.TeamChatWebhook;
import io.throughline.kernel.nudge.SetNotificationDefaults;
import io.throughline.kernel.nudge.TeamWebhookSet;
import io.throughline.kernel.team.TeamId;
import io.throughline.query.ProcessingGroups;
import io.throughline.query.ReadModelTables;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code notification_choice}, {@code notification_default} and {@code team_webhook}: who is nudged how and when.
 * Answers the settings and, for the nudges themselves, everyone's choices and the teams' webhooks at once.
 */
@Component
@ProcessingGroup(ProcessingGroups.NUDGES)
@ReadModelTables({"notification_choice", "notification_default", "team_webhook"})
public class NotificationSettingsProjection {

    private final NotificationChoiceEntryRepository choices;
    private final NotificationDefaultEntryRepository defaults;
    private final TeamWebhookEntryRepository webhooks;

    NotificationSettingsProjection(NotificationChoiceEntryRepository choices,
                                   NotificationDefaultEntryRepository defaults, TeamWebhookEntryRepository webhooks) {
        this.choices = choices;
        this.defaults = defaults;
        this.webhooks = webhooks;
    }

    @EventHandler
    void on(NotificationsChosen event, @Timestamp Instant at) {
        String person = event.personId().value();
        NotificationChoiceEntry entry = choices.findById(person).orElseGet(() -> new NotificationChoiceEntry(person));
        entry.choose(event.choices(), at);
        choices.save(entry);
    }

    @EventHandler
    void on(NotificationDefaultsSet event, @Timestamp Instant at) {
        NotificationDefaultEntry entry = defaults.findById(event.organisationId())
                .orElseGet(() -> new NotificationDefaultEntry(event.organisationId()));
        entry.set(event.defaults(), at);
        defaults.save(entry);
    }

    @EventHandler
    void on(TeamWebhookSet event, @Timestamp Instant at) {
        String team = event.teamId().value();
        if (event.url() == null) {
            webhooks.deleteById(team);
            return;
        }
        TeamWebhookEntry entry = webhooks.findById(team).orElseGet(() -> new TeamWebhookEntry(team));
        entry.set(event.url(), at);
        webhooks.save(entry);
    }

    @ResetHandler
    void reset() {
        choices.deleteAllInBatch();
        defaults.deleteAllInBatch();
        webhooks.deleteAllInBatch();
    }

    @QueryHandler
    TeamChatWebhook handle(GetTeamWebhook query) {
        return new TeamChatWebhook(query.teamId(),
                webhooks.findById(query.teamId().value()).map(TeamWebhookEntry::setAt).orElse(null));
    }

    @QueryHandler
    NotificationDefaults handle(GetNotificationDefaults query) {
        return defaults();
    }

    @QueryHandler
    NotificationSettings handle(GetNotificationSettings query) {
        NotificationDefaults organisation = defaults();
        Optional<NotificationChoices> own = choices.findById(query.personId().value())
                .map(NotificationChoiceEntry::choices);
        return new NotificationSettings(query.personId(), own.orElse(organisation.choices()), own.isPresent(),
                organisation);
    }

    /** The organisation's nudges; {@link NotificationDefaults#DEFAULT} until an admin sets them. */
    public NotificationDefaults defaults() {
        return defaults.findById(SetNotificationDefaults.ORGANISATION).map(NotificationDefaultEntry::defaults)
                .orElse(NotificationDefaults.DEFAULT);
    }

    /** The choices of everyone who made their own, by person; the others have the defaults. */
    public Map<PersonId, NotificationChoices> ownChoices() {
        return choices.findAll().stream().collect(Collectors.toMap(entry -> new PersonId(entry.personId()),
                NotificationChoiceEntry::choices));
    }

    /** The webhooks of those of the teams that have one. */
    public Map<TeamId, String> webhooksOf(Collection<TeamId> teams) {
        return webhooks.findAllById(teams.stream().map(TeamId::value).toList()).stream()
                .collect(Collectors.toMap(entry -> new TeamId(entry.teamId()), TeamWebhookEntry::url));
    }
}
