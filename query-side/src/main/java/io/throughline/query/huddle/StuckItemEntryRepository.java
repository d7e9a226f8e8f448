package io.throughline.query.huddle;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;

interface StuckItemEntryRepository extends JpaRepository<StuckItemEntry, String> {

    List<StuckItemEntry> findByTeamIdAndResolvedAtIsNullOrderByRaisedOnAsc(String teamId);

    List<StuckItemEntry> findByHuddleIdIn(Collection<String> huddleIds);
}
