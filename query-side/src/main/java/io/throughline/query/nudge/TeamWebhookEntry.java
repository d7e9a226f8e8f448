package io.throughline.query.nudge;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A row of {@code team_webhook}: where a team's chat nudges go. */
@Entity
@Table(name = "team_webhook")
public class TeamWebhookEntry {

    @Id
    private String teamId;
    private String url;
    private Instant setAt;

    protected TeamWebhookEntry() {
        // for JPA
    }

    TeamWebhookEntry(String teamId) {
        this.teamId = teamId;
    }

    void set(String url, Instant at) {
        this.url = url;
        this.setAt = at;
    }

    String teamId() {
        return teamId;
    }

    String url() {
        return url;
    }

    Instant setAt() {
        return setAt;
    }
}
