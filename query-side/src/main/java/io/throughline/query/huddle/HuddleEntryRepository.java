package io.throughline.query.huddle;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

interface HuddleEntryRepository extends JpaRepository<HuddleEntry, String> {

    List<HuddleEntry> findByTeamIdAndHeldOnBetweenOrderByHeldOnDesc(String teamId, LocalDate from, LocalDate to);

    Optional<HuddleEntry> findFirstByTeamIdOrderByHeldOnDesc(String teamId);

    @Query("select max(h.heldOn) from HuddleEntry h where h.teamId = :teamId and h.heldOn between :from and :to")
    LocalDate latestDayBetween(String teamId, LocalDate from, LocalDate to);
}
