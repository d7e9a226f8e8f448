package io.throughline.query.huddle;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;

interface StuckItemEntryRepository extends JpaRepository<StuckItemEntry, String> {

    List<StuckItemEntry> findByTeamIdAndResolvedAtIsNullOrderByRaisedOnAsc(String teamId);

    List<StuckItemEntry> findByHuddleIdIn(Collection<String> huddleIds);

    /** How many stuck items of each of the teams are open, as (team id, count) pairs; teams with none are absent. */
    @Query("select s.teamId, count(s) from StuckItemEntry s where s.teamId in :teamIds and s.resolvedAt is null "
            + "group by s.teamId")
    List<Object[]> openCountsOf(Collection<String> teamIds);
}
