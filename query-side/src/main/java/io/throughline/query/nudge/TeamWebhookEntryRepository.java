package io.throughline.query.nudge;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TeamWebhookEntryRepository extends JpaRepository<TeamWebhookEntry, String> {
}
