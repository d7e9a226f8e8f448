package io.throughline.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * CPU time spent by this JVM and by the PostgreSQL server (its postmaster and every backend), between two readings.
 * Throughput on a shared 2-core machine moves with whatever else runs on it; CPU time per request does much less, and
 * it says where a request's cost lies: in the service or in the database.
 */
final class CpuMeter {

    /** Linux's clock ticks per second for /proc/[pid]/stat (USER_HZ, 100 on every mainstream build). */
    private static final double TICKS_PER_SECOND = 100;

    private final long postmaster;
    /** The JVM measured: 0 for this one, which also lists its threads; otherwise another's process id. */
    private final long jvm;

    /** @param dataDirectory PostgreSQL's data directory: its postmaster.pid names the server's process. */
    CpuMeter(Path dataDirectory) throws IOException {
        this(Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).strip()), 0);
    }

    private CpuMeter(long postmaster, long jvm) {
        this.postmaster = postmaster;
        this.jvm = jvm;
    }

    /** The same database beside another JVM (the service in a process of its own): that JVM's total, not by thread. */
    CpuMeter ofProcess(long pid) {
        return new CpuMeter(postmaster, pid);
    }

    /** Process totals, and the JVM's Java threads' CPU seconds by kind (request threads, each processor, ...). */
    record Reading(double jvmSeconds, double postgresSeconds, Map<String, Double> threads) {

        /**
         * CPU milliseconds per operation since the earlier reading: the JVM's and PostgreSQL's, then the JVM's by kind
         * of thread. What the kinds leave of the JVM's total went to threads the JVM does not list: JIT compilers and GC.
         */
        Map<String, Object> perOperation(Reading earlier, long operations) {
            double per = 1e3 / Math.max(1, operations);
            Map<String, Object> cost = new LinkedHashMap<>();
            cost.put("jvm_cpu_ms", per * (jvmSeconds - earlier.jvmSeconds));
            cost.put("postgres_cpu_ms", per * (postgresSeconds - earlier.postgresSeconds));
            if (threads.isEmpty()) {
                return cost;
            }
            Map<String, Double> byThread = new TreeMap<>();
            double listed = 0;
            for (Map.Entry<String, Double> kind : threads.entrySet()) {
                double spent = kind.getValue() - earlier.threads.getOrDefault(kind.getKey(), 0.0);
                listed += spent;
                if (spent * per >= 0.01) {
                    byThread.put(kind.getKey(), spent * per);
                }
            }
            byThread.put("(JIT compilers, GC and other unlisted threads)", per * (jvmSeconds - earlier.jvmSeconds) - per * listed);
            cost.put("jvm_cpu_ms_by_thread", byThread);
            return cost;
        }
    }

    Reading read() throws IOException {
        double jvmSeconds = jvm == 0 ? ((com.sun.management.OperatingSystemMXBean) ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime() / 1e9 : processSeconds(jvm);
        double postgres = 0;
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                long[] stat = stat(process);
                if (stat != null && (stat[0] == postmaster || stat[1] == postmaster)) {
                    postgres += stat[2] / TICKS_PER_SECOND;
                }
            }
        }
        return new Reading(jvmSeconds, postgres, jvm == 0 ? threads() : Map.of());
    }

    /** User and system CPU seconds of a process so far; 0 once it has gone. */
    static double processSeconds(long pid) {
        long[] stat = stat(Path.of("/proc", Long.toString(pid)));
        return stat == null ? 0 : stat[2] / TICKS_PER_SECOND;
    }

    /** CPU seconds of the live Java threads, summed by name with the numbers taken out (http-nio-N-exec-N, ...). */
    private static Map<String, Double> threads() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, Double> byKind = new TreeMap<>();
        for (ThreadInfo thread : threads.getThreadInfo(threads.getAllThreadIds())) {
            long nanos = thread == null ? -1 : threads.getThreadCpuTime(thread.getThreadId());
            if (nanos > 0) {
                byKind.merge(thread.getThreadName().replaceAll("\\d+", "N"), nanos / 1e9, Double::sum);
            }
        }
        return byKind;
    }

    /** pid, parent pid and user + system ticks of a process; null if it has gone meanwhile. */
    private static long[] stat(Path process) {
        try {
            String line = Files.readString(process.resolve("stat"));
            // The command name (field 2) is in parentheses and may hold spaces: count fields after its closing one.
            String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
            return new long[]{Long.parseLong(process.getFileName().toString()), Long.parseLong(fields[1]),
                    Long.parseLong(fields[11]) + Long.parseLong(fields[12])};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
