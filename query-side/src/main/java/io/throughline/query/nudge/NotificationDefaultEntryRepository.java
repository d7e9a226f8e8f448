package io.throughline.query.nudge;

import org.springframework.data.jpa.repository.JpaRepository;

public interface NotificationDefaultEntryRepository extends JpaRepository<NotificationDefaultEntry, String> {
}
