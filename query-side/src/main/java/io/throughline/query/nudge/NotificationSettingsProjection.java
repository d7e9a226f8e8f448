package io.throughline.query.nudge;

import io.throughline.kernel.PersonId;
import io.throughline.kernel.nudge.GetNotificationDefaults;
import io.throughline.kernel.nudge.GetNotificationSettings;
import io.throughline.kernel.nudge.NotificationChoices;
import io.throughline.kernel.nudge.NotificationDefaults;
import io.throughline.kernel.nudge.NotificationDefaultsSet;
import io.throughline.kernel.nudge.NotificationSettings;
import io.throughline.kernel.nudge.NotificationsChosen;
import io.throughline.kernel.nudge.TeamWebhookSet;
import io.throughline.kernel.team.TeamId;
import io.throughline.query.ProcessingGroups;
import io.throughline.query.ReadModelTables;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
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

    private final JdbcTemplate sql;

    NotificationSettingsProjection(JdbcTemplate sql) {
        this.sql = sql;
    }

    @EventHandler
    void on(NotificationsChosen event, @Timestamp Instant at) {
        NotificationChoices choices = event.choices();
        sql.update("""
                insert into notification_choice (person_id, email, chat, digest, notices, chosen_at)
                values (?, ?, ?, ?, ?, ?)
                on conflict (person_id) do update set email = excluded.email, chat = excluded.chat,
                    digest = excluded.digest, notices = excluded.notices, chosen_at = excluded.chosen_at""",
                event.personId().value(), choices.email(), choices.chat(), choices.digest(), choices.notices(),
                java.sql.Timestamp.from(at));
    }

    @EventHandler
    void on(NotificationDefaultsSet event, @Timestamp Instant at) {
        NotificationDefaults defaults = event.defaults();
        NotificationChoices choices = defaults.choices();
        sql.update("""
                insert into notification_default (organisation_id, digest_day, digest_hour, time_zone, email, chat,
                    digest, notices, set_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (organisation_id) do update set digest_day = excluded.digest_day,
                    digest_hour = excluded.digest_hour, time_zone = excluded.time_zone, email = excluded.email,
                    chat = excluded.chat, digest = excluded.digest, notices = excluded.notices,
                    set_at = excluded.set_at""",
                event.organisationId(), defaults.digestDay().name(), defaults.digestHour(), defaults.timeZone(),
                choices.email(), choices.chat(), choices.digest(), choices.notices(), java.sql.Timestamp.from(at));
    }

    @EventHandler
    void on(TeamWebhookSet event, @Timestamp Instant at) {
        if (event.url() == null) {
            sql.update("delete from team_webhook where team_id = ?", event.teamId().value());
            return;
        }
        sql.update("""
                insert into team_webhook (team_id, url, set_at) values (?, ?, ?)
                on conflict (team_id) do update set url = excluded.url, set_at = excluded.set_at""",
                event.teamId().value(), event.url(), java.sql.Timestamp.from(at));
    }

    @ResetHandler
    void reset() {
        sql.update("delete from notification_choice");
        sql.update("delete from notification_default");
        sql.update("delete from team_webhook");
    }

    @QueryHandler
    NotificationDefaults handle(GetNotificationDefaults query) {
        return defaults();
    }

    @QueryHandler
    NotificationSettings handle(GetNotificationSettings query) {
        NotificationDefaults defaults = defaults();
        Optional<NotificationChoices> own = sql.query("select * from notification_choice where person_id = ?",
                (row, n) -> choices(row), query.personId().value()).stream().findFirst();
        return new NotificationSettings(query.personId(), own.orElse(defaults.choices()), own.isPresent(), defaults);
    }

    /** The organisation's nudges; {@link NotificationDefaults#DEFAULT} until an admin sets them. */
    public NotificationDefaults defaults() {
        return sql.query("select * from notification_default", (row, n) -> new NotificationDefaults(
                DayOfWeek.valueOf(row.getString("digest_day")), row.getInt("digest_hour"), row.getString("time_zone"),
                choices(row))).stream().findFirst().orElse(NotificationDefaults.DEFAULT);
    }

    /** The choices of everyone who made their own, by person; the others have the defaults. */
    public Map<PersonId, NotificationChoices> ownChoices() {
        return sql.query("select * from notification_choice", (row, n) -> Map.entry(
                new PersonId(row.getString("person_id")), choices(row))).stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** The webhooks of those of the teams that have one. */
    public Map<TeamId, String> webhooksOf(Collection<TeamId> teams) {
        if (teams.isEmpty()) {
            return Map.of();
        }
        return sql.query("select team_id, url from team_webhook where team_id = any (?)",
                (row, n) -> Map.entry(new TeamId(row.getString("team_id")), row.getString("url")),
                (Object) teams.stream().map(TeamId::value).toArray(String[]::new)).stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static NotificationChoices choices(ResultSet row) throws SQLException {
        return new NotificationChoices(row.getBoolean("email"), row.getBoolean("chat"), row.getBoolean("digest"),
                row.getBoolean("notices"));
    }
}
