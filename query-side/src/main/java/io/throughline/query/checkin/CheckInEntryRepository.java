package io.throughline.query.checkin;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

public interface CheckInEntryRepository extends JpaRepository<CheckInEntry, String> {

    /** Either filter may be null, meaning any. */
    @Query("select c from CheckInEntry c where (:personId is null or c.personId = :personId) "
            + "and (:leaderId is null or c.leaderId = :leaderId) order by c.checkInDate, c.recordedAt")
    List<CheckInEntry> findOldestFirst(String personId, String leaderId);

    /** The person's last four check-ins as the one coached, newest first: enough for a pair's usual interval. */
    List<CheckInEntry> findTop4ByPersonIdOrderByCheckInDateDescRecordedAtDesc(String personId);

    @Query("select new io.throughline.query.checkin.LastCheckIn(c.personId, max(c.checkInDate)) from CheckInEntry c "
            + "where c.leaderId = :leaderId group by c.personId")
    List<LastCheckIn> lastCheckInsLedBy(String leaderId);
}
