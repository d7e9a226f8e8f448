package io.throughline.query.huddle;

import org.springframework.data.jpa.repository.JpaRepository;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

interface HuddleEntryRepository extends JpaRepository<HuddleEntry, String> {

    List<HuddleEntry> findByTeamIdAndHeldOnBetweenOrderByHeldOnDesc(String teamId, LocalDate from, LocalDate to);

    Optional<HuddleEntry> findFirstByTeamIdOrderByHeldOnDesc(String teamId);
}
