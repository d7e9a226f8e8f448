package io.throughline.bench;

import io.throughline.query.replay.ProjectionStatus;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * 4. Rebuilding every projection from the seeded log. The {@link Dataset} is appended while the projections are
 * stopped; starting them is then a rebuild of the dashboard, audit, insights and integrity projections (all four, the
 * hash chain included, which the replay endpoint never rebuilds) from those events alone, in the service's own
 * processors with their production settings. Timed from the start to the moment the last of them is LIVE at the dataset's last event.
 * <p>
 * Baseline, measured before them on the same rows: one thread reading them in global order over plain JDBC (fetch
 * size {@value #FETCH_SIZE}) and deserialising every payload into its event class with the service's event serializer.
 */
final class Replay {

    private static final int FETCH_SIZE = 2_000;

    private Replay() {
    }

    static void measure(BenchService service, Dataset dataset, BenchSizes sizes, BenchReport.Findings findings)
            throws Exception {
        Map<String, Object> raw = rawRead(service, dataset);
        double rawRate = (double) raw.get("events_per_second");

        long start = System.nanoTime();
        service.startProjections();
        Map<String, Map<String, Object>> projections = service.awaitProjections(dataset.lastSequence,
                sizes.rebuildLimitSeconds());
        double elapsed = (System.nanoTime() - start) / 1e9;
        boolean complete = projections.values().stream().allMatch(state -> state.get("seconds") != null);
        // Unfinished: the events the slowest projection got through in the time allowed.
        long slowest = projections.values().stream().mapToLong(state -> state.get("position") == null ? 0
                : (Long) state.get("position")).min().orElse(0);
        long rebuilt = complete ? dataset.events : Math.max(0, Math.min(dataset.events, slowest - dataset.firstSequence + 1));
        projections.forEach((name, state) -> dataset.projectedTo.put(name, (Long) state.get("position")));
        double rate = rebuilt / elapsed;
        double ratio = rate / rawRate;

        Map<String, Object> json = new LinkedHashMap<>();
        json.put("events", dataset.events);
        json.put("rebuilt_events", rebuilt);
        json.put("complete", complete);
        json.put("seconds", elapsed);
        json.put("events_per_second", rate);
        json.put("projections", projections);
        json.put("raw_read_baseline", raw);
        json.put("ratio_to_raw_read", ratio);
        json.put("how", "projections stopped while the dataset was seeded, then started: their catch-up over the "
                + "seeded events is the rebuild (dashboard, audit, insights and integrity at once)");
        findings.put("replay", json);

        String each = projections.entrySet().stream().map(entry -> entry.getKey() + " " + (entry.getValue().get("seconds")
                == null ? "not at the end (" + entry.getValue().get("status") + ")"
                : String.format(Locale.ROOT, "%.0f s", (Double) entry.getValue().get("seconds"))))
                .collect(Collectors.joining(", "));
        findings.check(new BenchReport.Check(String.format(Locale.ROOT,
                "Rebuild of all projections from %,d events", dataset.events),
                String.format(Locale.ROOT, "%,.0f events/s (%s%.0f s: %s)", rate,
                        complete ? "" : String.format(Locale.ROOT, "only %,d events in ", rebuilt), elapsed, each),
                String.format(Locale.ROOT, "%,.0f events/s read and deserialised over JDBC", rawRate),
                String.format(Locale.ROOT, ratio < 0.01 ? "%.4f" : "%.2f", ratio), "≥ 0.3", complete && ratio >= 0.3));
        if (!complete) {
            // Still rebuilding, they would compete with every later measurement; the end of the run starts them again.
            service.stopProjections();
            json.put("stopped_for_the_rest_of_the_run", true);
            findings.details(String.format(Locale.ROOT, "%n**The rebuild was cut off after %.0f s** "
                    + "(`--bench.rebuild-limit`): the projections were then stopped for the rest of the run, so that the "
                    + "queries below read models holding only part of the seeded metric values (the organisation, its "
                    + "plans and priorities come first in the log): %s.%n", elapsed, projections));
        }
        if (sizes.replayEndpoint() && complete) {
            Map<String, Object> endpoint = replayThroughAdminApi(service, sizes.rebuildLimitSeconds());
            json.put("replay_endpoint", endpoint);
            findings.details(String.format(Locale.ROOT, "%nReplay through the admin API of %s (the hash chain is never "
                    + "replayed).%n", describeAdminReplay(endpoint)));
        }
        ceiling(service, dataset, sizes, findings, rawRate);
    }

    /**
     * The rebuild's ceiling in this design ({@link ReplayCeiling}): Axon's streaming with no projection work, once with
     * as many processors as the rebuild runs, once with one.
     */
    private static void ceiling(BenchService service, Dataset dataset, BenchSizes sizes, BenchReport.Findings findings,
                                double rawRate) throws InterruptedException {
        int processors = service.projections().size();
        Map<String, Object> each = ReplayCeiling.measure(service, dataset, processors, sizes.rebuildLimitSeconds());
        Map<String, Object> shared = ReplayCeiling.measure(service, dataset, 1, sizes.rebuildLimitSeconds());
        findings.put("replay_ceiling", Map.of("each_projection_reads", each, "one_shared_read", shared));
        double ratio = (Double) each.get("events_per_second") / rawRate;
        findings.check(new BenchReport.Check("Ceiling of the rebuild: Axon's streaming alone, handlers that only "
                + "deserialise", ReplayCeiling.describe(each, rawRate) + "; " + ReplayCeiling.describe(shared, rawRate),
                String.format(Locale.ROOT, "%,.0f events/s read and deserialised over JDBC", rawRate),
                String.format(Locale.ROOT, "%.2f", ratio), "≥ 0.2 leaves the rebuild's target within reach",
                ratio >= 0.2));
    }

    /**
     * The admin's replay (POST /api/admin/projections/{name}/replay) of every projection that allows it, all at once,
     * over the whole log: each clears its tables and reads every event again. Timed to the last one LIVE at the head;
     * given up after the seconds of the limit.
     */
    static Map<String, Object> replayThroughAdminApi(BenchService service, int limitSeconds) throws Exception {
        long head = service.head();
        java.util.List<String> replayable = service.projections().stream().filter(ProjectionStatus::replayable)
                .map(ProjectionStatus::name).toList();
        long start = System.nanoTime();
        for (String name : replayable) {
            var response = service.send(service.request("/api/admin/projections/" + name + "/replay")
                    .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 202) {
                throw new IllegalStateException("replay of " + name + " answered " + response.statusCode() + ": "
                        + response.body());
            }
        }
        Map<String, Map<String, Object>> projections = service.awaitProjections(head, limitSeconds);
        double elapsed = (System.nanoTime() - start) / 1e9;
        boolean complete = replayable.stream().allMatch(name -> projections.get(name).get("seconds") != null);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("replayed", replayable);
        json.put("events", head);
        json.put("complete", complete);
        json.put("seconds", elapsed);
        json.put("events_per_second", complete ? head / elapsed : null);
        json.put("projections", projections);
        return json;
    }

    /** "[audit, dashboard, ...] ..., 1,200,000 events: 150 s, 8,000 events/s" from {@link #replayThroughAdminApi}. */
    static String describeAdminReplay(Map<String, Object> replay) {
        double seconds = (Double) replay.get("seconds");
        long events = (Long) replay.get("events");
        return String.format(Locale.ROOT, "%s over the whole log, %,d events: %s", replay.get("replayed"), events,
                (Boolean) replay.get("complete") ? String.format(Locale.ROOT, "%.0f s, %,.0f events/s", seconds,
                        events / seconds) : String.format(Locale.ROOT, "not finished after %.0f s: %s", seconds,
                        replay.get("projections")));
    }

    /** The seeded rows in global order, each payload deserialised into its event class; nothing kept. */
    private static Map<String, Object> rawRead(BenchService service, Dataset dataset) throws SQLException {
        Serializer serializer = service.eventSerializer();
        long rows = 0;
        long bytes = 0;
        long start = System.nanoTime();
        try (Connection connection = service.connect()) {
            connection.setAutoCommit(false);
            try (PreparedStatement select = connection.prepareStatement("select payload_type, payload_revision, payload "
                    + "from domain_event_entry where global_index between ? and ? order by global_index")) {
                select.setFetchSize(FETCH_SIZE);
                select.setLong(1, dataset.firstSequence);
                select.setLong(2, dataset.lastSequence);
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        byte[] payload = row.getBytes(3);
                        Object event = serializer.deserialize(new SimpleSerializedObject<>(payload, byte[].class,
                                new SimpleSerializedType(row.getString(1), row.getString(2))));
                        if (event == null) {
                            throw new IllegalStateException("no event from " + row.getString(1));
                        }
                        rows++;
                        bytes += payload.length;
                    }
                }
            }
            connection.commit();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, Object> raw = new LinkedHashMap<>();
        raw.put("events", rows);
        raw.put("payload_megabytes", bytes / 1e6);
        raw.put("seconds", seconds);
        raw.put("events_per_second", rows / seconds);
        return raw;
    }
}
