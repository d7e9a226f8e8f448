package io.throughline.query.checkin;

import io.throughline.query.team.TeamEntry;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import java.util.List;

/**
 * Who reports to a leader, read from the team views: the members of the teams they lead and the leads right below;
 * and, the other way round, whom a person reports to.
 */
interface ReportingLines extends Repository<TeamEntry, String> {

    @Query("select m.personId from TeamMemberEntry m, TeamEntry t where m.teamId = t.teamId and t.leadId = :leaderId")
    List<String> membersOfTeamsLedBy(String leaderId);

    @Query("select c.leadId from TeamEntry c, TeamEntry t "
            + "where c.parentTeamId = t.teamId and t.leadId = :leaderId and c.leadId is not null")
    List<String> leadsOfTeamsBelowThoseLedBy(String leaderId);

    @Query("select t.leadId from TeamMemberEntry m, TeamEntry t where m.teamId = t.teamId and m.personId = :personId "
            + "and t.leadId is not null")
    List<String> leadsOfTeamsWithMember(String personId);

    @Query("select p.leadId from TeamEntry t, TeamEntry p "
            + "where t.parentTeamId = p.teamId and t.leadId = :leadId and p.leadId is not null")
    List<String> leadsOfTeamsAboveThoseLedBy(String leadId);
}
