package io.throughline.query.decision;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface DecisionEntryRepository extends JpaRepository<DecisionEntry, String> {

    List<DecisionEntry> findByTeamIdOrderBySequenceDesc(String teamId);
}
