package io.throughline.query.assessment;

import io.throughline.kernel.team.AssessmentDimension;
import io.throughline.kernel.team.AssessmentHistory;
import io.throughline.kernel.team.AssessmentHistory.DimensionHistory;
import io.throughline.kernel.team.AssessmentRecorded;
import io.throughline.kernel.team.GetAssessmentHistory;
import io.throughline.kernel.team.GetTeamAssessments;
import io.throughline.kernel.team.TeamAssessments;
import io.throughline.kernel.team.TeamAssessments.DimensionTrend;
import io.throughline.query.ProcessingGroups;
import io.throughline.query.ReadModelTables;
import io.throughline.query.team.TeamEntryRepository;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** {@code team_assessment}: every team assessment, and per dimension the baseline, the latest and the delta. */
@Component
@ProcessingGroup(ProcessingGroups.DASHBOARD)
@ReadModelTables("team_assessment")
class AssessmentProjection {

    private final AssessmentEntryRepository assessments;
    private final TeamEntryRepository teams;

    AssessmentProjection(AssessmentEntryRepository assessments, TeamEntryRepository teams) {
        this.assessments = assessments;
        this.teams = teams;
    }

    @EventHandler
    void on(AssessmentRecorded event, @SequenceNumber long sequence, @Timestamp Instant at) {
        assessments.save(new AssessmentEntry(event, sequence, at));
    }

    @ResetHandler
    void reset() {
        assessments.deleteAllInBatch();
    }

    @QueryHandler
    @Transactional(readOnly = true)
    Optional<TeamAssessments> handle(GetTeamAssessments query) {
        String teamId = query.teamId().value();
        if (!teams.existsById(teamId)) {
            return Optional.empty();
        }
        Map<AssessmentDimension, AssessmentEntry> baselines = new EnumMap<>(AssessmentDimension.class);
        Map<AssessmentDimension, AssessmentEntry> latest = new EnumMap<>(AssessmentDimension.class);
        for (AssessmentEntry assessment : assessments.findByTeamIdOrderBySequenceAsc(teamId)) {
            if (assessment.baseline()) {
                baselines.put(assessment.dimension(), assessment);
            }
            latest.put(assessment.dimension(), assessment);
        }
        List<DimensionTrend> trends = new ArrayList<>();
        baselines.forEach((dimension, baseline) -> trends.add(new DimensionTrend(dimension, baseline.toAssessment(),
                latest.get(dimension).toAssessment(), latest.get(dimension).score().subtract(baseline.score()))));
        return Optional.of(new TeamAssessments(query.teamId(), trends));
    }

    /** For the assessments page's charts: every score, not only the baseline and the latest. */
    @QueryHandler
    @Transactional(readOnly = true)
    Optional<AssessmentHistory> handle(GetAssessmentHistory query) {
        String teamId = query.teamId().value();
        if (!teams.existsById(teamId)) {
            return Optional.empty();
        }
        Map<AssessmentDimension, List<TeamAssessments.Assessment>> byDimension = assessments
                .findByTeamIdOrderBySequenceAsc(teamId).stream().collect(Collectors.groupingBy(AssessmentEntry::dimension,
                        () -> new EnumMap<>(AssessmentDimension.class),
                        Collectors.mapping(AssessmentEntry::toAssessment, Collectors.toList())));
        return Optional.of(new AssessmentHistory(query.teamId(), byDimension.entrySet().stream()
                .map(dimension -> new DimensionHistory(dimension.getKey(), dimension.getValue())).toList()));
    }
}
