package io.throughline.query.decision;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface DecisionRightEntryRepository extends JpaRepository<DecisionRightEntry, DecisionRightEntry.Key> {

    List<DecisionRightEntry> findByTeamIdOrderByCategoryAscDefinedAtAscHolderAsc(String teamId);
}
