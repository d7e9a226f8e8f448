package io.throughline.query.nudge;

import org.springframework.data.jpa.repository.JpaRepository;

public interface NotificationChoiceEntryRepository extends JpaRepository<NotificationChoiceEntry, String> {
}
