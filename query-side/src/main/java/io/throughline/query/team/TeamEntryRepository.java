package io.throughline.query.team;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface TeamEntryRepository extends JpaRepository<TeamEntry, String> {

    List<TeamEntry> findAllByOrderByNameAsc();

    List<TeamEntry> findByParentTeamId(String parentTeamId);

    List<TeamEntry> findByLevel(int level);

    List<TeamEntry> findByLeadIdOrderByNameAsc(String leadId);
}
