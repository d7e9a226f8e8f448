package io.throughline.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;

/** A closed-loop load: a fixed number of threads, each sending its next request as soon as the last is answered. */
final class Load {

    static final AtomicReference<String> FIRST_ERROR = new AtomicReference<>();

    /** Sends one request for client c; answers the kind of request it was (from 0), or -1 if it failed. */
    interface Task {
        int call(int client) throws Exception;
    }

    record Result(double seconds, double[][] byKind, long errors) {

        double[] latencies(int kind) {
            return byKind[kind];
        }

        long completed() {
            return Arrays.stream(byKind).mapToLong(kind -> kind.length).sum();
        }

        /** Requests answered per second over the whole run, errors apart, and the latency of all of them. */
        Map<String, Object> summary() {
            double[] all = Arrays.stream(byKind).flatMapToDouble(Arrays::stream).toArray();
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("completed", all.length);
            summary.put("errors", errors);
            summary.put("first_error", FIRST_ERROR.get());
            summary.put("seconds", seconds);
            summary.put("per_second", all.length / seconds);
            summary.put("latency", BenchReport.latencies(all));
            return summary;
        }
    }

    static Result run(int threads, int seconds, int kinds, Task task) throws Exception {
        FIRST_ERROR.set(null);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        long[] window = new long[1];
        List<Future<Samples>> futures = new ArrayList<>();
        for (int c = 0; c < threads; c++) {
            int client = c;
            futures.add(pool.submit(() -> {
                Samples samples = new Samples(kinds);
                go.await();
                long deadline = window[0] + seconds * 1_000_000_000L;
                for (long start; (start = System.nanoTime()) < deadline; ) {
                    int kind;
                    try {
                        kind = task.call(client);
                    } catch (Exception e) {
                        FIRST_ERROR.compareAndSet(null, e.toString());
                        kind = -1;
                    }
                    samples.add(kind, (System.nanoTime() - start) / 1e6);
                }
                return samples;
            }));
        }
        window[0] = System.nanoTime();
        go.countDown();
        Samples all = new Samples(kinds);
        for (Future<Samples> future : futures) {
            all.addAll(future.get());
        }
        double elapsed = (System.nanoTime() - window[0]) / 1e9;
        pool.shutdown();
        double[][] byKind = new double[kinds][];
        for (int k = 0; k < kinds; k++) {
            byKind[k] = Arrays.copyOf(all.millis[k], all.sizes[k]);
        }
        return new Result(elapsed, byKind, all.errors);
    }

    /** Latencies per kind in growable arrays: no boxing on the clients' threads. */
    private static final class Samples {

        final double[][] millis;
        final int[] sizes;
        long errors;

        Samples(int kinds) {
            millis = new double[kinds][1024];
            sizes = new int[kinds];
        }

        void add(int kind, double latency) {
            if (kind < 0) {
                errors++;
                return;
            }
            if (sizes[kind] == millis[kind].length) {
                millis[kind] = Arrays.copyOf(millis[kind], sizes[kind] * 2);
            }
            millis[kind][sizes[kind]++] = latency;
        }

        void addAll(Samples other) {
            errors += other.errors;
            for (int k = 0; k < millis.length; k++) {
                for (int i = 0; i < other.sizes[k]; i++) {
                    add(k, other.millis[k][i]);
                }
            }
        }
    }
}
