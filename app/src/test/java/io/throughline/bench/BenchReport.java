package io.throughline.bench;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/** What every benchmark needs: percentiles, and its results written to target/bench as Markdown and JSON. */
final class BenchReport {

    private BenchReport() {
    }

    static double percentile(double[] values, double percentile) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.ceil(percentile / 100.0 * sorted.length) - 1];
    }

    static void write(String name, String markdown, Map<String, Object> results) throws IOException {
        Path directory = Path.of("target", "bench");
        Files.createDirectories(directory);
        Files.writeString(directory.resolve(name + ".md"), markdown);
        Files.writeString(directory.resolve(name + ".json"),
                new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(results));
        System.out.print(markdown);
    }
}
