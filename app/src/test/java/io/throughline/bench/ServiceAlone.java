package io.throughline.bench;

import io.throughline.support.ServiceImage;
import io.throughline.support.ServiceProcess;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 6. Peak memory of the service alone. The bench's own JVM also holds the load generator, the seeding and the tests'
 * class path, so its resident set says little of the image's. Here the service runs in a JVM of its own, started as the
 * image starts it ({@link ServiceImage}: the Dockerfile's {@code JAVA_TOOL_OPTIONS} and {@code MALLOC_ARENA_MAX}, its
 * layout and class-data archive), on the database of the run, long history included, as the image runs under
 * docker-compose's {@code postgres} profile (the database a process of its own elsewhere). The service in the bench's
 * JVM keeps only its database up meanwhile: its projections are stopped, and no request goes to it.
 * <p>
 * Through HTTP only, the service alone then does the run's heavy work again: the command load (the run's clients and
 * seconds, after its warm-up), a rebuild of every projection the admin API replays, the queries and pages, and the
 * auditors' reads (hash-chain verification, the CSV export). Its resident set is sampled throughout ({@code VmRSS}, by
 * phase) and its peak ({@code VmHWM}) read at the end, with its CPU time by phase: a smaller service must not be a
 * slower one. These sections' own figures are reported beside, not checked again.
 */
final class ServiceAlone {

    static final double TARGET_MB = 512;
    private static final Duration START_LIMIT = Duration.ofMinutes(3);
    private static final Pattern METRIC = Pattern.compile("^(\\w+)\\{([^}]*)} (\\S+)$", Pattern.MULTILINE);

    private ServiceAlone() {
    }

    /**
     * Answers the figures also put in the findings as {@code service_alone}.
     *
     * @param inProcess  the service in this JVM, whose database the service alone shares
     * @param cpu        the run's CPU meter (its PostgreSQL)
     * @param commandsTo the run's command load, sent to the service at the base URL given
     */
    static Map<String, Object> measure(ServiceImage image, BenchSuite.Options options, BenchService inProcess,
                                       CpuMeter cpu, Dataset dataset, Function<String, Load.Task> commandsTo,
                                       BenchReport.Findings findings) throws Exception {
        Map<String, Object> json = new LinkedHashMap<>();
        BenchReport.Findings reads = new BenchReport.Findings();
        Path log = Files.createDirectories(options.reportDirectory()).resolve("service-alone.log").toAbsolutePath();
        List<String> settings = new java.util.ArrayList<>(List.of("--spring.profiles.active=postgres"));
        settings.addAll(inProcess.datasourceSettings());
        settings.addAll(options.trials());
        inProcess.stopProjections();
        try (ServiceProcess process = image.launch(log, settings.toArray(String[]::new));
             ResidentSet resident = new ResidentSet(process.pid())) {
            json.put("jvm_options", ServiceProcess.JVM_OPTIONS);
            json.put("startup_s", process.awaitUp(START_LIMIT));
            resident.endPhase("start-up to healthy");
            BenchService alone = inProcess.onPort(process.port());

            Load.Task commands = commandsTo.apply("http://localhost:" + process.port());
            if (options.warmUpSeconds() > 0) {
                Load.run(options.clients(), options.warmUpSeconds(), 2, commands);
            }
            CpuMeter meter = cpu.ofProcess(process.pid());
            CpuMeter.Reading before = meter.read();
            Load.Result load = Load.run(options.clients(), options.seconds(), 2, commands);
            Map<String, Object> served = load.summary();
            served.put("cpu_per_command", meter.read().perOperation(before, load.completed()));
            json.put("commands", served);
            resident.endPhase(String.format(Locale.ROOT, "commands, %d clients", options.clients()));

            Map<String, Object> rebuild = Replay.replayThroughAdminApi(alone, options.sizes().rebuildLimitSeconds());
            json.put("rebuild", rebuild);
            resident.endPhase("rebuild through the admin API");

            QueryLatency.measure(alone, dataset, options.sizes(), reads);
            PageLatency.measure(alone, dataset, options.sizes(), reads);
            resident.endPhase("queries and pages");
            AuditReads.measure(alone, dataset, options.sizes(), reads);
            resident.endPhase("audit reads");

            json.put("peak_rss_mb", resident.peakMegabytes());
            json.put("phases", resident.phases);
            json.put("jvm_memory_at_end_mb", jvmMemory(alone));
        } finally {
            inProcess.startProjections();
        }
        json.putAll(reads.results());
        findings.put("service_alone", json);
        findings.details(describe(json, reads.checks()));
        return json;
    }

    /**
     * A field of /proc/PROCESS/status in MB ({@code VmRSS}, {@code VmHWM}); PROCESS is a pid or {@code self}. 0 once
     * the process has gone.
     */
    static double megabytes(String process, String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", process, "status"))) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
                }
            }
        } catch (IOException gone) {
            // The process ended between two samples.
        }
        return 0;
    }

    /** "highest in the rebuild through the admin API, 480 MB sampled": the phase whose sampled resident set was highest. */
    @SuppressWarnings("unchecked")
    static String peakPhase(Map<String, Object> alone) {
        return ((List<Map<String, Object>>) alone.get("phases")).stream()
                .max(java.util.Comparator.comparingDouble(phase -> (double) phase.get("peak_rss_mb")))
                .map(phase -> String.format(Locale.ROOT, "highest in the %s, %.0f MB sampled", phase.get("phase"),
                        phase.get("peak_rss_mb"))).orElse("no samples");
    }

    /** The JVM's own account of its memory (Micrometer's, at /actuator/prometheus): MB by pool, and its GC pauses. */
    private static Map<String, Object> jvmMemory(BenchService service) throws Exception {
        String metrics = service.get("/actuator/prometheus");
        Map<String, Double> used = new TreeMap<>();
        Map<String, Double> committed = new TreeMap<>();
        double pauses = 0;
        double pauseSeconds = 0;
        Matcher line = METRIC.matcher(metrics);
        while (line.find()) {
            double value = Double.parseDouble(line.group(3));
            String pool = label(line.group(2), "id");
            switch (line.group(1)) {
                case "jvm_memory_used_bytes" -> used.merge(pool, value / 1048576, Double::sum);
                case "jvm_memory_committed_bytes" -> committed.merge(pool, value / 1048576, Double::sum);
                case "jvm_gc_pause_seconds_count" -> pauses += value;
                case "jvm_gc_pause_seconds_sum" -> pauseSeconds += value;
                default -> {
                }
            }
        }
        Map<String, Object> memory = new LinkedHashMap<>();
        memory.put("used_by_pool", used);
        memory.put("committed_by_pool", committed);
        memory.put("gc_pauses", pauses);
        memory.put("gc_pause_seconds", pauseSeconds);
        return memory;
    }

    private static String label(String labels, String name) {
        Matcher value = Pattern.compile(name + "=\"([^\"]*)\"").matcher(labels);
        return value.find() ? value.group(1) : "";
    }

    @SuppressWarnings("unchecked")
    private static String describe(Map<String, Object> json, List<BenchReport.Check> reads) {
        Map<String, Object> commands = (Map<String, Object>) json.get("commands");
        Map<String, Object> cost = (Map<String, Object>) commands.get("cpu_per_command");
        StringBuilder markdown = new StringBuilder(String.format(Locale.ROOT, "%n## The service alone, as the image "
                        + "runs it%n%nIts own JVM (`%s`, `MALLOC_ARENA_MAX` as the Dockerfile's), on this run's database "
                        + "(profile `postgres`), healthy after %.1f s; peak RSS (VmHWM) **%.0f MB**. By phase, the "
                        + "highest resident set sampled every %d ms and the JVM's CPU time:%n%n"
                        + "| Phase | Seconds | Peak RSS | CPU |%n|---|---:|---:|---:|%n",
                String.join(" ", ServiceProcess.JVM_OPTIONS), json.get("startup_s"), json.get("peak_rss_mb"),
                ResidentSet.SAMPLE_MILLIS));
        for (Map<String, Object> phase : (List<Map<String, Object>>) json.get("phases")) {
            markdown.append(String.format(Locale.ROOT, "| %s | %.1f | %.0f MB | %.1f s |%n", phase.get("phase"),
                    phase.get("seconds"), phase.get("peak_rss_mb"), phase.get("cpu_s")));
        }
        Map<String, Object> memory = (Map<String, Object>) json.get("jvm_memory_at_end_mb");
        markdown.append(String.format(Locale.ROOT, "%nCommands: %,.0f/s (%d errors), %s; CPU per command: JVM %.2f ms, "
                        + "PostgreSQL %.2f ms. Rebuild: %s. At the end, by the JVM's own account (MB committed): %s; "
                        + "%.0f GC pauses, %.1f s in all.%n%n",
                commands.get("per_second"), commands.get("errors"),
                BenchReport.describe((Map<String, Object>) commands.get("latency")), cost.get("jvm_cpu_ms"),
                cost.get("postgres_cpu_ms"), Replay.describeAdminReplay((Map<String, Object>) json.get("rebuild")),
                ((Map<String, Double>) memory.get("committed_by_pool")).entrySet().stream()
                        .map(pool -> String.format(Locale.ROOT, "%s %.0f", pool.getKey(), pool.getValue()))
                        .collect(java.util.stream.Collectors.joining(", ")),
                memory.get("gc_pauses"), memory.get("gc_pause_seconds")));
        for (BenchReport.Check read : reads) {
            markdown.append("- ").append(read.measure()).append(": ").append(read.result()).append('\n');
        }
        return markdown.toString();
    }

    /**
     * A process's resident set, sampled in a thread of its own, with the peak and CPU time of each phase of the work;
     * the kernel's own peak ({@code VmHWM}) read at the end.
     */
    private static final class ResidentSet implements AutoCloseable {

        static final long SAMPLE_MILLIS = 100;

        private final long pid;
        private final Thread sampler;
        private final List<Map<String, Object>> phases = new java.util.ArrayList<>();
        private volatile boolean stopped;
        private double phasePeak;
        private long phaseStart = System.nanoTime();
        private double phaseCpu;

        ResidentSet(long pid) {
            this.pid = pid;
            this.sampler = new Thread(this::sample, "resident-set");
            sampler.setDaemon(true);
            sampler.start();
        }

        private void sample() {
            while (!stopped) {
                record();
                try {
                    Thread.sleep(SAMPLE_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        private synchronized void record() {
            phasePeak = Math.max(phasePeak, megabytes("VmRSS"));
        }

        /** Ends the phase under way: its seconds, its highest resident set, the process's CPU seconds in it. */
        synchronized void endPhase(String name) {
            record();
            long now = System.nanoTime();
            double cpu = CpuMeter.processSeconds(pid);
            Map<String, Object> phase = new LinkedHashMap<>();
            phase.put("phase", name);
            phase.put("seconds", (now - phaseStart) / 1e9);
            phase.put("peak_rss_mb", phasePeak);
            phase.put("cpu_s", cpu - phaseCpu);
            phases.add(phase);
            phaseStart = now;
            phaseCpu = cpu;
            phasePeak = 0;
        }

        double peakMegabytes() {
            return megabytes("VmHWM");
        }

        private double megabytes(String field) {
            return ServiceAlone.megabytes(Long.toString(pid), field);
        }

        @Override
        public void close() throws InterruptedException {
            stopped = true;
            sampler.interrupt();
            sampler.join();
        }
    }
}
