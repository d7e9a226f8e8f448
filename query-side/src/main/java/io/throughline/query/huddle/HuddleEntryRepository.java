package io.throughline.query.huddle;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface HuddleEntryRepository extends JpaRepository<HuddleEntry, String> {

    List<HuddleEntry> findByTeamIdAndHeldOnBetweenOrderByHeldOnDesc(String teamId, LocalDate from, LocalDate to);

    Optional<HuddleEntry> findFirstByTeamIdOrderByHeldOnDesc(String teamId);

    /** Each team's latest huddle day between the two days, as (team id, day) pairs; teams without one are absent. */
    @Query("select h.teamId, max(h.heldOn) from HuddleEntry h where h.teamId in :teamIds and h.heldOn between :from and :to"
            + " group by h.teamId")
    List<Object[]> latestDaysBetween(Collection<String> teamIds, LocalDate from, LocalDate to);

    /** The latest huddle of each of the teams, of any day (a team holds one a day at most); none: absent. */
    @Query("select h from HuddleEntry h where h.teamId in :teamIds and h.heldOn = "
            + "(select max(o.heldOn) from HuddleEntry o where o.teamId = h.teamId)")
    List<HuddleEntry> latestOfEach(Collection<String> teamIds);

    /** The latest huddle of each of the teams between the two days; teams without one then are absent. */
    @Query("select h from HuddleEntry h where h.teamId in :teamIds and h.heldOn = (select max(o.heldOn) "
            + "from HuddleEntry o where o.teamId = h.teamId and o.heldOn between :from and :to)")
    List<HuddleEntry> latestOfEachBetween(Collection<String> teamIds, LocalDate from, LocalDate to);
}
