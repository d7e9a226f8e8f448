package io.throughline.query.plan;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface AnnualGoalEntryRepository extends JpaRepository<AnnualGoalEntry, String> {

    List<AnnualGoalEntry> findByTeamIdAndYearOrderByDefinedAtAsc(String teamId, int year);
}
