package io.throughline.web;

import io.throughline.kernel.FieldPath;
import io.throughline.kernel.FieldPath.Segment;
import io.throughline.kernel.PersonId;
import io.throughline.kernel.huddle.HoldHuddle;
import io.throughline.kernel.huddle.HuddleId;
import io.throughline.kernel.huddle.MetricUpdate;
import io.throughline.kernel.huddle.PriorityUpdate;
import io.throughline.kernel.huddle.StuckItem;
import io.throughline.kernel.huddle.StuckItemId;
import io.throughline.kernel.metric.MetricId;
import io.throughline.kernel.metric.MetricSummary;
import io.throughline.kernel.metric.Period;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.priority.PriorityStatus;
import io.throughline.kernel.priority.PriorityView;
import io.throughline.kernel.team.TeamId;
import io.throughline.web.words.Numbers;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

/**
 * What the huddle form holds, as typed: text throughout, so that a refused huddle shows every value back unchanged.
 * Rows the leader left untouched are not sent: a priority still at the status the form showed and without a comment,
 * a KPI without a value, a stuck item without a description, owner or priority.
 *
 * @param wins one per line
 */
record HuddleForm(String date, List<String> attendeeIds, List<StatusRow> priorities, List<ValueRow> metrics,
                  List<StuckRow> stuck, String wins) {

    /** Blank stuck-item rows offered on a fresh form. */
    static final int STUCK_ROWS = 3;

    private static final FieldPath DATE = FieldPath.of("date");
    /** What the command side says of a choice left out (of a text left blank: "must not be blank"). */
    private static final String IS_REQUIRED = "is required";

    /** @param shown the status the form showed: the row is a report only if the leader changed it or commented */
    record StatusRow(String priorityId, String shown, String status, String comment) {

        boolean reported() {
            return !isBlank(comment) || (status != null && !status.equals(shown));
        }
    }

    record ValueRow(String metricId, String period, String value) {
    }

    record StuckRow(String description, String ownerId, String priorityId) {

        boolean blank() {
            return isBlank(description) && isBlank(ownerId) && isBlank(priorityId);
        }
    }

    HuddleForm {
        attendeeIds = orEmpty(attendeeIds);
        priorities = orEmpty(priorities);
        metrics = orEmpty(metrics);
        stuck = orEmpty(stuck);
    }

    /** The form as it opens: today, everyone attending, each priority at its status, each KPI at its current period. */
    static HuddleForm fresh(LocalDate today, List<PersonId> attendees, List<PriorityView> priorities,
                            List<MetricSummary> metrics) {
        return new HuddleForm(today.toString(), attendees.stream().map(PersonId::value).toList(),
                priorities.stream().map(p -> new StatusRow(p.id().value(), p.status().name(), p.status().name(), null))
                        .toList(),
                metrics.stream().map(m -> new ValueRow(m.id().value(), ValueForm.due(m, today).value(), null))
                        .toList(),
                IntStream.range(0, STUCK_ROWS).mapToObj(i -> new StuckRow(null, null, null)).toList(), null);
    }

    /** The same form with one more blank stuck-item row. */
    HuddleForm withAnotherStuckRow() {
        List<StuckRow> more = new ArrayList<>(stuck);
        more.add(new StuckRow(null, null, null));
        return new HuddleForm(date, attendeeIds, priorities, metrics, more, wins);
    }

    /**
     * The command the form asks for, with where each of its list entries came from.
     *
     * @throws UnreadableInput naming every input that cannot be read at all (a malformed date, period or number) or
     *                         that a row sent needs (a stuck item's description and owner, a value's period): nothing
     *                         to send until they are all fixed
     */
    Draft draft(HuddleId huddleId, TeamId teamId, PersonId facilitator) {
        List<Refusals> problems = new ArrayList<>();
        List<Integer> statusRows = rows(priorities.size(), i -> priorities.get(i).reported());
        List<Integer> valueRows = rows(metrics.size(), i -> !isBlank(metrics.get(i).value()));
        List<Integer> stuckRows = rows(stuck.size(), i -> !stuck.get(i).blank());
        LocalDate day = required(DATE, date, LocalDate::parse, IS_REQUIRED, problems);
        HoldHuddle command = new HoldHuddle(huddleId, teamId, day, facilitator,
                attendeeIds.stream().filter(id -> !isBlank(id)).map(PersonId::new).toList(),
                statusRows.stream().map(row -> priorityUpdate(row, problems)).toList(),
                valueRows.stream().map(row -> metricUpdate(row, problems)).toList(),
                stuckRows.stream().map(row -> stuckItem(row, problems)).toList(),
                isBlank(wins) ? List.of() : Arrays.stream(wins.split("\\R")).filter(win -> !win.isBlank()).toList());
        if (!problems.isEmpty()) {
            throw new UnreadableInput(problems);
        }
        return new Draft(command, statusRows, valueRows, stuckRows);
    }

    private PriorityUpdate priorityUpdate(int row, List<Refusals> problems) {
        StatusRow report = priorities.get(row);
        return new PriorityUpdate(new PriorityId(report.priorityId()),
                parse(FieldPath.of("priorities").at(row).then("status"), report.status(), PriorityStatus::valueOf,
                        problems), report.comment());
    }

    private MetricUpdate metricUpdate(int row, List<Refusals> problems) {
        ValueRow value = metrics.get(row);
        FieldPath field = FieldPath.of("metrics").at(row);
        return new MetricUpdate(new MetricId(value.metricId()),
                required(field.then("period"), value.period(), Period::new, IS_REQUIRED, problems),
                parse(field.then("value"), value.value(), Numbers::read, problems));
    }

    private StuckItem stuckItem(int row, List<Refusals> problems) {
        StuckRow item = stuck.get(row);
        FieldPath field = FieldPath.of("stuck").at(row);
        return new StuckItem(new StuckItemId(UUID.randomUUID().toString()),
                required(field.then("description"), item.description(), String::strip, "must not be blank", problems),
                required(field.then("ownerId"), item.ownerId(), PersonId::new, IS_REQUIRED, problems),
                isBlank(item.priorityId()) ? null : new PriorityId(item.priorityId()));
    }

    private static List<Integer> rows(int count, IntPredicate sent) {
        return IntStream.range(0, count).filter(sent).boxed().toList();
    }

    /** What a row sent cannot do without: blank is a problem of its input, with the others of the form. */
    private static <T> T required(FieldPath field, String text, Function<String, T> reader, String blank,
                                  List<Refusals> problems) {
        if (isBlank(text)) {
            problems.add(new Refusals(field, blank));
            return null;
        }
        return parse(field, text, reader, problems);
    }

    /** Blank is absent, for the command side to judge; what cannot be read at all is a problem of its input. */
    private static <T> T parse(FieldPath field, String text, Function<String, T> reader, List<Refusals> problems) {
        if (isBlank(text)) {
            return null;
        }
        try {
            return reader.apply(text.strip());
        } catch (NumberFormatException unreadable) {
            problems.add(new Refusals(field, unreadable.getMessage()));
        } catch (DateTimeParseException unreadable) {
            problems.add(new Refusals(field, "cannot read '" + text.strip() + "'"));
        } catch (IllegalArgumentException unreadable) {
            problems.add(new Refusals(field, "cannot read '" + text.strip() + "'"
                    + (unreadable.getMessage() == null ? "" : ": " + unreadable.getMessage())));
        }
        return null;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }


    /**
     * The command and, for each of its lists, the form row of each entry: the command side names entries by their
     * place in the command ({@code stuck[0].ownerId}), the page shows the message at the row the leader typed in.
     */
    record Draft(HoldHuddle command, List<Integer> statusRows, List<Integer> valueRows, List<Integer> stuckRows) {

        /** The refusal with its field moved to the input it concerns; a field without an input is the whole form's. */
        Refusals placed(Refusals refusal) {
            FieldPath field = refusal.field();
            List<Segment> at = field == null ? List.of() : field.segments();
            String list = at.isEmpty() ? "" : at.get(0).name();
            if (List.of("date", "attendeeIds", "wins").contains(list)) {
                return new Refusals(FieldPath.of(list), refusal.message());
            }
            if (at.size() < 2 || at.get(1).index() == null) {
                return new Refusals(null, refusal.message());
            }
            int entry = at.get(1).index();
            String part = at.size() > 2 ? at.get(2).name() : null;
            FieldPath input = switch (list) {
                case "priorityUpdates" -> FieldPath.of("priorities").at(statusRows.get(entry))
                        .then("comment".equals(part) ? "comment" : "status");
                case "metricUpdates" -> FieldPath.of("metrics").at(valueRows.get(entry))
                        .then("period".equals(part) ? "period" : "value");
                case "stuck" -> FieldPath.of("stuck").at(stuckRows.get(entry))
                        .then(List.of("ownerId", "priorityId").contains(part) ? part : "description");
                default -> null;
            };
            return new Refusals(input, refusal.message());
        }
    }
}
