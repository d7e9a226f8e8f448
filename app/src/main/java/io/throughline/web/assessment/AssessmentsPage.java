package io.throughline.web.assessment;

import io.throughline.kernel.team.AssessmentDimension;
import io.throughline.kernel.team.AssessmentHistory;
import io.throughline.kernel.team.FindTeam;
import io.throughline.kernel.team.GetAssessmentHistory;
import io.throughline.kernel.team.GetTeamAssessments;
import io.throughline.kernel.team.RecordAssessment;
import io.throughline.kernel.team.TeamAssessments;
import io.throughline.kernel.team.TeamId;
import io.throughline.kernel.team.TeamView;
import io.throughline.web.Notice;
import io.throughline.web.ReadYourWrites;
import io.throughline.web.Refusals;
import io.throughline.web.Sparklines;
import org.axonframework.commandhandling.CommandExecutionException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code /teams/{id}/assessments}: recording a team assessment on one dimension, and per dimension the baseline (the
 * first assessment), the latest, the change between them and a small chart of every score, the baseline drawn across.
 */
@Controller
class AssessmentsPage {

    private final ReadYourWrites reads;
    private final Clock clock;

    AssessmentsPage(ReadYourWrites reads, Clock clock) {
        this.reads = reads;
        this.clock = clock;
    }

    @GetMapping("/teams/{teamId}/assessments")
    String assessments(@PathVariable TeamId teamId, Model model) {
        Map<AssessmentDimension, List<TeamAssessments.Assessment>> history = reads.now(new GetAssessmentHistory(teamId),
                AssessmentHistory.class).dimensions().stream().collect(Collectors.toMap(
                AssessmentHistory.DimensionHistory::dimension, AssessmentHistory.DimensionHistory::assessments));
        model.addAttribute("team", reads.now(new FindTeam(teamId), TeamView.class));
        model.addAttribute("trends", reads.now(new GetTeamAssessments(teamId), TeamAssessments.class).dimensions()
                .stream().map(trend -> new Row(trend, Sparklines.draw(history.get(trend.dimension()).stream()
                        .map(TeamAssessments.Assessment::score).toList(), trend.baseline().score()))).toList());
        model.addAttribute("dimensions", AssessmentDimension.values());
        model.addAttribute("today", LocalDate.now(clock));
        return "assessment/assessments";
    }

    @PostMapping("/teams/{teamId}/assessments")
    String record(@PathVariable TeamId teamId, @RequestParam(required = false) AssessmentDimension dimension,
                  @RequestParam(required = false) String score, @RequestParam(required = false) String respondents,
                  @RequestParam(required = false) String date, Model model) {
        try {
            reads.send(new RecordAssessment(teamId, dimension, parsed(score, BigDecimal::new),
                    parsed(respondents, Integer::valueOf), parsed(date, LocalDate::parse)));
            return Notice.redirect("/teams/" + teamId + "/assessments", "Assessment recorded");
        } catch (CommandExecutionException refused) {
            model.addAttribute("failedForm", "assessment");
            model.addAttribute("refusal", Refusals.of(refused));
            model.addAttribute("typed", Map.of("dimension", dimension == null ? "" : dimension.name(),
                    "score", orEmpty(score), "respondents", orEmpty(respondents), "date", orEmpty(date)));
            return assessments(teamId, model);
        }
    }

    /** What the browser's number and date fields send; anything unreadable counts as missing, which the domain names. */
    private static <T> T parsed(String typed, Function<String, T> reader) {
        try {
            return typed == null || typed.isBlank() ? null : reader.apply(typed.strip());
        } catch (NumberFormatException | DateTimeParseException unreadable) {
            return null;
        }
    }

    private static String orEmpty(String typed) {
        return typed == null ? "" : typed;
    }

    /** A dimension's trend and its chart. */
    record Row(TeamAssessments.DimensionTrend trend, Sparklines.Sparkline chart) {

        /** Which way the score moved since the baseline: the change's colour. */
        public String direction() {
            int sign = trend.delta().signum();
            return sign > 0 ? "up" : sign < 0 ? "down" : "flat";
        }
    }
}
