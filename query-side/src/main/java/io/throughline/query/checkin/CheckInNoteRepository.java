package io.throughline.query.checkin;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CheckInNoteRepository extends JpaRepository<CheckInNote, String> {
}
