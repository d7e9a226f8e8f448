package io.throughline.query.checkin;

import io.throughline.kernel.checkin.CommitmentStatus;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;

public interface CommitmentEntryRepository extends JpaRepository<CommitmentEntry, CommitmentEntry.Key> {

    List<CommitmentEntry> findByCheckInIdInOrderByNumberAsc(Collection<String> checkInIds);

    List<CommitmentEntry> findByPersonIdAndStatusOrderByDueDateAscCheckInIdAscNumberAsc(String personId,
                                                                                      CommitmentStatus status);
}
