package io.throughline.query.assessment;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface AssessmentEntryRepository extends JpaRepository<AssessmentEntry, AssessmentEntry.Key> {

    /** In the order they were recorded: the latest per dimension is the last one. */
    List<AssessmentEntry> findByTeamIdOrderBySequenceAsc(String teamId);
}
