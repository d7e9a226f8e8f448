package io.throughline.query.team;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;

public interface TeamMemberEntryRepository extends JpaRepository<TeamMemberEntry, TeamMemberEntry.Key> {

    List<TeamMemberEntry> findByTeamIdOrderByPersonIdAsc(String teamId);

    List<TeamMemberEntry> findByTeamIdIn(Collection<String> teamIds);

    List<TeamMemberEntry> findAllByOrderByPersonIdAsc();
}
