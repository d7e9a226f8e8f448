package io.throughline.web.words;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.throughline.kernel.AuditMetadata;
import io.throughline.kernel.Quarter;
import io.throughline.kernel.audit.AuditEntry;
import io.throughline.kernel.audit.AuditLogEntry;
import io.throughline.kernel.audit.FieldChange;
import io.throughline.kernel.checkin.CheckInPhase;
import io.throughline.kernel.decision.DecisionMode;
import io.throughline.kernel.decision.HolderRole;
import io.throughline.kernel.metric.Cadence;
import io.throughline.kernel.metric.Direction;
import io.throughline.kernel.metric.MetricKind;
import io.throughline.kernel.metric.Period;
import io.throughline.kernel.person.Role;
import io.throughline.kernel.priority.PriorityStatus;
import io.throughline.kernel.team.AssessmentDimension;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * The audit trail as sentences: "Marcus reassigned it from Tom Hale to Nina Berg — Tom takes over reseller work",
 * each field the sentence does not say on a line of its own (before → after), ids as the names of what they name,
 * a huddle or a plan with a link to it. The one place that reads the events' stored field names ({@code ownerId},
 * {@code parentPriorityId}) and values ({@code AT_RISK}, JSON for a huddle's lists); the CSV and the API keep them raw.
 */
public final class HistorySentences {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String IT = "it";

    /** Fields whose values are constants, and the enum whose labels name them. */
    private static final Map<String, Class<? extends Enum<?>>> CONSTANTS = Map.of("status", PriorityStatus.class,
            "kind", MetricKind.class, "direction", Direction.class, "cadence", Cadence.class, "role", Role.class,
            "dimension", AssessmentDimension.class, "phase", CheckInPhase.class, "mode", DecisionMode.class);
    private static final Set<String> PEOPLE = Set.of("ownerId", "leadId", "personId", "facilitatorId", "deciderId",
            "leaderId");
    private static final Set<String> NUMBERS = Set.of("target", "greenAt", "redAt", "value", "score", "confidence",
            "respondents");
    private static final Map<String, String> LABELS = Map.ofEntries(Map.entry("ownerId", "Owner"),
            Map.entry("leadId", "Lead"), Map.entry("dueDate", "Due"), Map.entry("parentPriorityId", "Serves"),
            Map.entry("annualGoalId", "Annual goal"),
            Map.entry("priorityId", "Serves"), Map.entry("relatedPriorityId", "About"),
            Map.entry("parentTeamId", "Part of"), Map.entry("greenAt", "On target at"),
            Map.entry("redAt", "Off target at"), Map.entry("deciderId", "Decided by"),
            Map.entry("prioritiesReviewed", "Priorities reviewed"), Map.entry("flagReason", "Flagged because"),
            Map.entry("bhag", "Long-range target (BHAG)"), Map.entry("longRangeTargets", "3–5-year targets"),
            Map.entry("weight", "Weight in progress"), Map.entry("milestonesWeight", "Weight of the milestones"),
            Map.entry("baseline", "Progress starts at"));

    /** What a closing made of each open priority, in past words (the form's labels are imperatives: "Drop"). */
    private static final String[][] CLOSING_OUTCOMES = {{"DONE", "done"}, {"MISSED", "missed"},
            {"CARRY_OVER", "carried over"}, {"DROP", "dropped"}};

    private final Words words;
    private final Things things;

    HistorySentences(Words words, Things things) {
        this.words = words;
        this.things = things;
    }

    /**
     * A sentence, the fields it leaves unsaid (one per line), where to read more (a huddle, a plan) if anywhere, when it
     * happened and the event's number (in its priority's history, or in the organisation's log).
     */
    public record Told(String sentence, List<Line> lines, Link link, Instant at, long number) {

        Told with(Link another, Instant at, long number) {
            return new Told(sentence, lines, link != null ? link : another, at, number);
        }
    }

    /** One field: its label and its value before (none when the event set it) and after. */
    public record Line(String field, String before, String after) {
    }

    public record Link(String path, String text) {
    }

    /** An event of a priority's own history, on that priority's page: the priority is "it". */
    public Told ofPriority(AuditEntry entry, String teamId) {
        Told told = tell(new Event(entry.type(), entry.actor(), entry.reason(), entry.changes(), null, teamId), IT);
        return told.with(entry.huddleId() == null ? null : new Link("/teams/" + teamId + "#last-huddle",
                "Reported in a huddle of " + team(teamId)), entry.at(), entry.sequence());
    }

    /** An entry of the organisation's log, which names what it happened to. */
    public Told ofLog(AuditLogEntry entry) {
        Event event = new Event(entry.type(), entry.actor(), entry.reason(), entry.changes(), entry.aggregateId(),
                entry.teamId());
        Told told = tell(event, entry.aggregateType() != null && entry.aggregateType().equals("Priority")
                ? priority(entry.aggregateId()) : IT);
        return told.with(linkTo(entry), entry.at(), entry.globalSequence());
    }

    /** The page of what the entry happened to. */
    private Link linkTo(AuditLogEntry entry) {
        String id = entry.aggregateId();
        return switch (entry.aggregateType() == null ? "" : entry.aggregateType()) {
            case "Priority" -> new Link("/priorities/" + id, unquoted(priority(id)));
            case "Team" -> new Link("/teams/" + id, team(id));
            case "Metric" -> new Link("/metrics/" + id, kpiName(id));
            case "CheckIn" -> new Link("/check-ins", "1-on-1s");
            default -> entry.teamId() == null ? null : new Link("/teams/" + entry.teamId(), team(entry.teamId()));
        };
    }

    private record Event(String type, String actor, String reason, Map<String, FieldChange> changes,
                         String aggregateId, String teamId) {

        String after(String field) {
            FieldChange change = changes.get(field);
            return change == null ? null : change.after();
        }

        String before(String field) {
            FieldChange change = changes.get(field);
            return change == null ? null : change.before();
        }
    }

    private Told tell(Event e, String it) {
        String who = who(e.actor());
        return switch (e.type()) {
            case "PriorityAssigned" -> told(who + " assigned " + it + " to " + person(e.after("ownerId")) + " for "
                    + value("quarter", e.after("quarter")) + optional(" under ", e.after("parentPriorityId"),
                    this::priority) + optional(" serving the annual goal ", e.after("annualGoalId"), this::annualGoal),
                    e, "ownerId", "quarter", "parentPriorityId", "annualGoalId", "teamId", it.equals(IT) ? "" : "title");
            case "PriorityChanged" -> told(who + " changed " + it + said(" — ", e.reason()), e);
            case "PriorityStatusUpdated" -> told(who + " reported " + value("status", e.after("status"))
                    + (it.equals(IT) ? "" : " for " + it) + optional(" (confidence ", e.after("confidence"), c -> c + ")")
                    + said(": ", e.after("comment")), e, unchanged(e, "status"), "confidence", "comment");
            case "PriorityReassigned" -> told(who + " reassigned " + it + " from " + person(e.before("ownerId")) + " to "
                    + person(e.after("ownerId")) + said(" — ", e.reason()), e, "ownerId");
            case "PriorityRealigned" -> told(realigned(who, it, e.before("parentPriorityId"),
                    e.after("parentPriorityId")) + said(" — ", e.reason()), e, "parentPriorityId");
            case "PriorityWeighed" -> told(who + " set how much " + it + " counts in measured progress", e);
            case "PriorityAnnualGoalChanged" -> told(servedGoal(who, it, e.before("annualGoalId"),
                    e.after("annualGoalId")) + said(" — ", e.reason()), e, "annualGoalId");
            case "PriorityContributionAdded" -> told(who + " made " + it + " also contribute to "
                    + priority(e.after("targetPriorityId")), e, "targetPriorityId");
            case "PriorityContributionRemoved" -> told(who + " stopped " + it + " contributing to "
                    + priority(e.after("targetPriorityId")), e, "targetPriorityId");
            case "PriorityCompleted" -> told(who + " marked " + it + " done" + said(": ", e.after("comment")), e, "status",
                    "comment");
            case "PriorityDropped" -> told(who + " dropped " + it + said(": ", e.reason()), e, "status");
            case "PriorityMissed" -> told(who + " closed the quarter with " + it + " missed" + said(": ",
                    e.after("reflection")), e, "status", "reflection");
            case "PriorityCarriedOver" -> told(who + " carried " + it + " over to "
                    + value("quarter", e.after("nextQuarter")) + optional(" as ", e.after("successorId"),
                    this::priority), e, "status", "successorId", "nextQuarter");
            case "PriorityContinued" -> told(who + " carried " + it + " over from "
                    + value("quarter", e.after("carriedFromQuarter")) + optional(", continuing ",
                    e.after("carriedFromTitle"), HistorySentences::quoted), e, "carriedFromId", "carriedFromQuarter",
                    "carriedFromTitle");
            case "QuarterClosed" -> told(who + " closed " + value("quarter", e.after("quarter")) + " of "
                    + team(teamOf(e)) + outcomes(e.after("outcomes")), e, "teamId", "quarter", "outcomes");
            case "QuarterReopened" -> told(who + " reopened " + value("quarter", e.after("quarter")) + " of "
                    + team(teamOf(e)) + said(": ", e.reason()), e, "teamId", "quarter", "reopenedIds");
            case "PriorityReinstated" -> told(who + " reinstated " + it + " as " + value("status", e.after("status"))
                    + said(": ", e.reason()), e, "status");
            case "MilestoneAdded" -> told(who + " added the milestone " + quoted(e.after("title"))
                    + (it.equals(IT) ? "" : " to " + it) + ", due " + value("dueDate", e.after("dueDate"))
                    + ", carried by " + person(e.after("ownerId")), e, "priorityId", "milestoneId", "title", "dueDate",
                    "ownerId");
            case "MilestoneChanged" -> told(milestoneChanged(who, it, e) + said(" — ", e.reason()), e, "priorityId",
                    "milestoneId", "milestone", "title", "dueDate");
            case "MilestoneCompleted" -> told(who + " completed the milestone " + quoted(e.after("milestone"))
                    + (it.equals(IT) ? "" : " of " + it), e, "priorityId", "milestoneId", "milestone");
            case "MilestoneRemoved" -> told(who + " removed the milestone " + quoted(e.after("milestone"))
                    + (it.equals(IT) ? "" : " from " + it), e, "priorityId", "milestoneId", "milestone");
            case "TeamRegistered" -> told(who + " registered the team " + quoted(e.after("name"))
                    + optional(" under ", e.after("parentTeamId"), this::team), e, "name", "parentTeamId", "teamId");
            case "TeamRenamed" -> told(who + " renamed the team " + quoted(e.before("name")) + " to "
                    + quoted(e.after("name")), e, "name");
            case "TeamLeadAppointed" -> told(who + " appointed " + person(e.after("leadId")) + " to lead "
                    + team(teamOf(e)) + optional(" in place of ", e.before("leadId"), this::person), e, "leadId");
            case "TeamMemberAdded" -> told(who + " added " + person(e.after("personId")) + " to " + team(teamOf(e)),
                    e, "personId");
            case "TeamMemberRemoved" -> told(who + " removed " + person(e.after("personId")) + " from "
                    + team(teamOf(e)), e, "personId");
            case "TeamMoved" -> told(who + " moved " + team(teamOf(e)) + " under "
                    + (e.after("parentTeamId") == null ? "no other team" : team(e.after("parentTeamId")))
                    + optional(" from under ", e.before("parentTeamId"), this::team), e, "parentTeamId");
            case "AssessmentRecorded" -> told(who + " recorded " + ("true".equals(e.after("baseline"))
                    ? "a baseline" : "an") + " assessment of " + team(teamOf(e)) + "’s "
                    + value("dimension", e.after("dimension")).toLowerCase(Locale.ENGLISH) + ": "
                    + value("score", e.after("score")) + " from " + e.after("respondents") + " respondents", e,
                    "teamId", "dimension", "score", "respondents", "baseline");
            case "PlanFramed" -> planTold(who + " framed the plan of " + team(teamOf(e)) + " for "
                    + value("quarter", e.after("quarter")), e);
            case "PlanReframed" -> planTold(who + " reframed the plan of " + team(teamOf(e)) + " for "
                    + value("quarter", e.after("quarter")) + said(": ", e.reason()), e);
            case "LastingPlanSet" -> told(who + " changed the lasting plan of " + team(teamOf(e))
                    + said(": ", e.reason()), e, "teamId");
            case "AnnualGoalDefined" -> told(who + " set " + quoted(e.after("title")) + " as an annual goal of "
                    + team(teamOf(e)) + " for " + e.after("year"), e, "goalId", "teamId", "year", "title");
            case "AnnualGoalChanged" -> told(who + " changed an annual goal of " + team(teamOf(e))
                    + said(": ", e.reason()), e, "goalId", "teamId");
            case "AnnualGoalRetired" -> told(who + " retired the annual goal " + quoted(e.after("title")) + " of "
                    + team(teamOf(e)) + said(": ", e.reason()), e, "goalId", "teamId", "year", "title");
            case "HuddleHeld" -> huddle(who, e);
            case "StuckItemResolved" -> told(who + " resolved a stuck item of " + team(teamOf(e))
                    + said(": ", e.after("resolution")), e, "teamId", "itemId", "resolution");
            case "MetricDefined" -> told(who + " defined the KPI " + quoted(e.after("name")) + " for "
                    + team(teamOf(e)) + ", owned by " + person(e.after("ownerId")) + ": target "
                    + amount(e.after("target"), e.after("unit")) + " ("
                    + value("direction", e.after("direction")).toLowerCase(Locale.ENGLISH) + ", "
                    + value("cadence", e.after("cadence")).toLowerCase(Locale.ENGLISH) + ")", e, "name", "teamId",
                    "ownerId", "target", "unit", "direction", "cadence");
            case "MetricRecorded" -> told(who + " recorded " + amount(e.after("value"), unitOf(e)) + " for "
                    + value("period", e.after("period")) + " on " + kpi(e) + said(": ", e.after("note")), e,
                    "period", "value", "note");
            case "MetricValueCorrected" -> told(who + " corrected " + value("period", e.after("period")) + " of "
                    + kpi(e) + " from " + amount(e.before("value"), unitOf(e)) + " to "
                    + amount(e.after("value"), unitOf(e)) + said(" — ", e.reason()), e, "period", "value");
            case "MetricTargetChanged" -> told(who + " changed the target of " + kpi(e) + " from "
                    + amount(e.before("target"), unitOf(e)) + " to " + amount(e.after("target"), unitOf(e))
                    + said(" — ", e.reason()), e, "target");
            case "MetricDefinitionChanged" -> told(who + " changed the definition of " + kpi(e), e);
            case "MetricReassigned" -> told(who + " handed " + kpi(e) + " from " + person(e.before("ownerId")) + " to "
                    + person(e.after("ownerId")) + said(" — ", e.reason()), e, "ownerId");
            case "MetricRetired" -> told(who + " retired " + kpi(e) + said(": ", e.reason()), e);
            case "PersonRegistered" -> told(who + " registered " + (e.after("displayName") == null
                    ? person(e.aggregateId()) : e.after("displayName")) + optional(" (", e.aggregateId(), u -> u + ")"),
                    e, "displayName");
            case "RoleGranted" -> told(who + " gave " + person(personOf(e)) + " the role "
                    + value("role", e.after("role")), e, "personId", "role");
            case "RoleRevoked" -> told(who + " took the role " + value("role", e.after("role")) + " from "
                    + person(personOf(e)), e, "personId", "role");
            case "AccountDisabled" -> told(who + " disabled the account of " + person(personOf(e)), e, "personId");
            case "AccountEnabled" -> told(who + " enabled the account of " + person(personOf(e)), e, "personId");
            case "PasswordSet" -> told(who + " set a password for " + person(personOf(e)), e, "personId");
            case "EmailChanged" -> told(who + (e.after("email") == null ? " removed " : " changed ")
                    + (personOf(e).equals(e.actor()) ? "their" : person(personOf(e)) + "'s") + " e-mail address", e, "personId");
            case "CheckInRecorded" -> told(who + " recorded a 1-on-1 with " + person(e.after("personId")) + " on "
                    + value("date", e.after("date")) + " (" + value("phase", e.after("phase")) + ")"
                    + optional(", ", count(e.after("commitments"), "commitment"), Function.identity()), e,
                    "leaderId", "personId", "date", "phase", "commitments");
            case "CommitmentCompleted" -> told(who + " completed commitment " + e.after("number") + " of a 1-on-1", e,
                    "number");
            case "CommitmentDropped" -> told(who + " dropped commitment " + e.after("number") + " of a 1-on-1"
                    + said(": ", e.reason()), e, "number");
            case "DecisionRightDefined" -> told(who + " settled on " + quoted(e.after("category")) + " in "
                    + team(teamOf(e)) + ": " + holder(e.after("holder")) + " "
                    + value("mode", e.after("mode")).toLowerCase(Locale.ENGLISH), e, "teamId", "category", "holder",
                    "mode");
            case "DecisionRightRevoked" -> told(who + " revoked the right of " + holder(e.after("holder")) + " on "
                    + quoted(e.after("category")) + " in " + team(teamOf(e)), e, "teamId", "category", "holder", "mode");
            case "DecisionRecorded" -> told(who + " recorded the decision " + quoted(e.after("title")) + " in "
                    + team(teamOf(e)) + said(": ", e.after("decision")), e, "teamId", "title", "decision");
            default -> told(who + ": " + readable(e.type()).toLowerCase(Locale.ENGLISH) + said(" — ", e.reason()), e);
        };
    }

    /** A closing's result: ": 2 done, 1 missed, 1 carried over", in the order a scorecard counts them. */
    private static String outcomes(String jsonList) {
        JsonNode closed = jsonList == null ? null : parse(jsonList);
        List<String> outcomes = closed == null || !closed.isArray() ? List.of() : StreamSupport.stream(
                closed.spliterator(), false).map(priority -> priority.path("outcome").asText()).toList();
        if (outcomes.isEmpty()) {
            return " with no priority open";
        }
        List<String> counted = new ArrayList<>();
        for (String[] outcome : CLOSING_OUTCOMES) {
            long count = outcomes.stream().filter(outcome[0]::equals).count();
            if (count > 0) {
                counted.add(count + " " + outcome[1]);
            }
        }
        return counted.isEmpty() ? "" : ": " + String.join(", ", counted);
    }

    private String realigned(String who, String it, String before, String after) {
        if (after == null) {
            return who + " detached " + it + " from " + priority(before) + ": it serves nothing above";
        }
        return who + (before == null ? " aligned " + it : " realigned " + it + " from under " + priority(before) + " to")
                + " under " + priority(after);
    }

    private String servedGoal(String who, String it, String before, String after) {
        if (after == null) {
            return who + " took " + it + " off the annual goal " + annualGoal(before) + ": it serves none";
        }
        return who + " made " + it + " serve the annual goal " + annualGoal(after)
                + (before == null ? "" : " instead of " + annualGoal(before));
    }

    /** "renamed the milestone “A” to “B” and moved it from Sat 14 Nov to Sat 5 Dec", whichever happened. */
    private String milestoneChanged(String who, String it, Event e) {
        String of = it.equals(IT) ? "" : " of " + it;
        String named = "the milestone " + quoted(e.after("milestone")) + of;
        String moved = e.after("dueDate") == null ? null : "from " + value("dueDate", e.before("dueDate")) + " to "
                + value("dueDate", e.after("dueDate"));
        if (e.after("title") == null) {
            return who + " moved " + named + " " + moved;
        }
        return who + " renamed " + named + " to " + quoted(e.after("title")) + (moved == null ? "" : " and moved it " + moved);
    }

    private Told planTold(String sentence, Event e) {
        Told told = told(sentence, e, "teamId", "quarter");
        String team = teamOf(e);
        return team == null ? told : told.with(new Link("/teams/" + team + "?quarter=" + e.after("quarter"),
                "The plan of " + team(team) + " for " + value("quarter", e.after("quarter"))), null, 0);
    }

    /** A huddle in numbers: who held it, with how many, what was reported; the team's huddles a link away. */
    private Told huddle(String who, Event e) {
        String team = teamOf(e);
        List<String> parts = new ArrayList<>();
        for (String[] list : new String[][]{{"priorityUpdates", "priority update"}, {"metricUpdates", "KPI value"},
                {"stuck", "stuck item"}, {"wins", "win"}}) {
            String counted = count(e.after(list[0]), list[1]);
            if (counted != null) {
                parts.add(counted);
            }
        }
        String attendees = count(e.after("attendeeIds"), "person");
        String sentence = who + " held the huddle of " + team(team) + optional(" on ", e.after("date"),
                date -> value("date", date)) + optional(" with ", attendees, a -> a.replace("persons", "people"))
                + (parts.isEmpty() ? "" : ": " + String.join(", ", parts));
        List<Line> lines = new ArrayList<>();
        String wins = e.after("wins");
        if (wins != null && !elements(wins).isEmpty()) {
            lines.add(new Line("Wins", null, String.join("; ", elements(wins))));
        }
        return new Told(sentence, lines, team == null ? null
                : new Link("/teams/" + team + "#last-huddle", "The huddles of " + team(team)), null, 0);
    }

    /** One stored field's change as a line people read: "Due: Fri 18 Dec → Thu 31 Dec". */
    public Line line(String field, FieldChange change) {
        return new Line(label(field), change.before() == null ? null : value(field, change.before()),
                value(field, change.after()));
    }

    /** The sentence, and a line for each field it left unsaid. */
    private Told told(String sentence, Event e, String... said) {
        Set<String> silent = Set.of(said);
        List<Line> lines = new ArrayList<>();
        e.changes().forEach((field, change) -> {
            if (!silent.contains(field) && !(change.before() == null && change.after() == null)) {
                lines.add(line(field, change));
            }
        });
        return new Told(sentence, List.copyOf(lines), null, null, 0);
    }

    /** The status line is worth showing only when the status changed. */
    private static String unchanged(Event e, String field) {
        String before = e.before(field);
        return before == null || before.equals(e.after(field)) ? field : "";
    }

    /** A stored value as people read it, by what its field holds. */
    String value(String field, String text) {
        if (text == null) {
            return "–";
        }
        Class<? extends Enum<?>> constants = CONSTANTS.get(field);
        if (constants != null) {
            return label(constants, text);
        }
        if (PEOPLE.contains(field)) {
            return person(text);
        }
        if (NUMBERS.contains(field)) {
            return number(text);
        }
        return switch (field) {
            case "teamId", "parentTeamId" -> team(text);
            case "parentPriorityId", "priorityId", "relatedPriorityId" -> unquoted(priority(text));
            case "annualGoalId" -> unquoted(annualGoal(text));
            case "quarter" -> words.quarter(new Quarter(text));
            case "period" -> words.period(new Period(text));
            case "dueDate", "date" -> words.day(LocalDate.parse(text));
            case "holder" -> holder(text);
            default -> text.startsWith("[") ? String.join("; ", elements(text).stream()
                    .map(element -> value(singular(field), element)).toList())
                    : "true".equals(text) ? "yes" : "false".equals(text) ? "no" : text;
        };
    }

    private String label(Class<? extends Enum<?>> constants, String name) {
        for (Enum<?> constant : constants.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return words.label(constant);
            }
        }
        return name;
    }

    /** "attendeeIds" holds people as "personId" does, "prioritiesReviewed" priorities. */
    private static String singular(String field) {
        return switch (field) {
            case "attendeeIds", "consulted" -> "personId";
            case "prioritiesReviewed" -> "priorityId";
            default -> field;
        };
    }

    private static String label(String field) {
        return LABELS.getOrDefault(field, readable(field));
    }

    /** "successCriterion" reads "Success criterion", "PriorityDropped" "Priority dropped". */
    public static String readable(String name) {
        String spaced = name.replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ").toLowerCase(Locale.ENGLISH);
        return spaced.isEmpty() ? spaced : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    private String who(String actor) {
        return actor == null || AuditMetadata.SYSTEM.equals(actor) ? "The service" : person(actor);
    }

    private String person(String id) {
        return id == null ? "nobody" : words.person(id);
    }

    private String team(String id) {
        if (id == null) {
            return "a team";
        }
        String name = things.team(id);
        return name == null ? "a team since removed" : name;
    }

    private String priority(String id) {
        String title = id == null ? null : things.priority(id);
        return title == null ? "a priority not listed any more" : quoted(title);
    }

    private String annualGoal(String id) {
        String title = id == null ? null : things.annualGoal(id);
        return title == null ? "an annual goal not listed any more" : quoted(title);
    }

    private String kpi(Event e) {
        String name = e.after("name") != null ? e.after("name") : kpiName(e.aggregateId());
        return "the KPI " + (name == null ? "no longer listed" : quoted(name));
    }

    private String kpiName(String metricId) {
        Things.Kpi kpi = metricId == null ? null : things.kpi(metricId);
        return kpi == null ? null : kpi.name();
    }

    private String unitOf(Event e) {
        Things.Kpi kpi = e.aggregateId() == null ? null : things.kpi(e.aggregateId());
        return kpi == null ? null : kpi.unit();
    }

    private String amount(String number, String unit) {
        return number == null ? "nothing" : words.amount(new BigDecimal(number), unit);
    }

    private String number(String text) {
        try {
            return words.number(new BigDecimal(text));
        } catch (NumberFormatException notANumber) {
            return text;
        }
    }

    /** The team an event belongs to: the one it names, or the aggregate's (a team's own events do not name it). */
    private static String teamOf(Event e) {
        return e.after("teamId") != null ? e.after("teamId") : e.teamId() != null ? e.teamId() : e.aggregateId();
    }

    /** A person's own events (roles, password) name them by the aggregate: the field is left out of the changes. */
    private static String personOf(Event e) {
        return e.after("personId") != null ? e.after("personId") : e.aggregateId();
    }

    /** Who holds a decision right, stored as {@code {"role":"LEAD","personId":null}}. */
    private String holder(String json) {
        if (json == null) {
            return "nobody";
        }
        JsonNode holder = parse(json);
        if (holder == null || !holder.isObject()) {
            return json;
        }
        if (holder.hasNonNull("personId")) {
            return person(holder.get("personId").asText());
        }
        return HolderRole.LEAD.name().equals(holder.path("role").asText()) ? "the team lead" : "any member";
    }

    private static String count(String jsonList, String noun) {
        int size = jsonList == null ? 0 : elements(jsonList).size();
        return size == 0 ? null : size + " " + noun + (size == 1 ? "" : "s");
    }

    /** The items of a JSON list as text; nested objects as their JSON. */
    private static List<String> elements(String jsonList) {
        JsonNode list = parse(jsonList);
        if (list == null || !list.isArray()) {
            return List.of(jsonList);
        }
        return StreamSupport.stream(list.spliterator(), false)
                .map(item -> item.isValueNode() ? item.asText() : item.toString()).collect(Collectors.toList());
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException notJson) {
            return null;
        }
    }

    private static String quoted(String text) {
        return text == null ? "–" : "“" + text + "”";
    }

    private static String unquoted(String quoted) {
        return quoted.startsWith("“") && quoted.endsWith("”") ? quoted.substring(1, quoted.length() - 1) : quoted;
    }

    private static String said(String separator, String text) {
        return text == null || text.isBlank() ? "" : separator + text;
    }

    private static String optional(String prefix, String value, Function<String, String> words) {
        return value == null ? "" : prefix + words.apply(value);
    }
}
