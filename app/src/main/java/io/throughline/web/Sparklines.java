package io.throughline.web;

import io.throughline.kernel.metric.MetricSummary;
import io.throughline.kernel.metric.MetricSummary.SeriesPoint;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The scorecard's sparklines as server-rendered SVG: a dozen tiny charts need no script, work without JavaScript and
 * print; a period without a value breaks the line. Templates call it as {@code @sparklines.of(metric)}.
 */
@Component("sparklines")
public class Sparklines {

    static final double WIDTH = 120;
    static final double HEIGHT = 32;
    private static final double PADDING = 3;

    public Sparkline of(MetricSummary metric) {
        return draw(metric.recentSeries().stream().map(SeriesPoint::value).toList(), metric.target());
    }

    /** Scales values and target together, so that the line sits where it stands against the target. */
    public static Sparkline draw(List<BigDecimal> values, BigDecimal target) {
        if (values.stream().allMatch(Objects::isNull)) {
            return new Sparkline(List.of(), List.of(), null, null);
        }
        List<Double> known = Stream.concat(values.stream(), Stream.of(target)).filter(Objects::nonNull)
                .map(BigDecimal::doubleValue).toList();
        Scale scale = new Scale(values.size(), known.stream().min(Double::compare).orElseThrow(),
                known.stream().max(Double::compare).orElseThrow());
        List<String> lines = new ArrayList<>();
        List<Point> dots = new ArrayList<>();
        List<Point> run = new ArrayList<>();
        Point latest = null;
        for (int i = 0; i <= values.size(); i++) {
            BigDecimal value = i < values.size() ? values.get(i) : null;
            if (value != null) {
                latest = scale.point(i, value.doubleValue());
                run.add(latest);
                continue;
            }
            if (run.size() == 1) {
                dots.add(run.get(0));
            } else if (run.size() > 1) {
                lines.add(String.join(" ", run.stream().map(Point::toString).toList()));
            }
            run.clear();
        }
        return new Sparkline(lines, dots, latest, target == null ? null : scale.y(target.doubleValue()));
    }

    /**
     * @param lines   SVG polyline points, one per run of periods with values
     * @param dots    values with a gap on both sides, which no line shows
     * @param latest  the most recent value, drawn stronger; null when there is none
     * @param targetY where the target line runs; null without a target or without values
     */
    public record Sparkline(List<String> lines, List<Point> dots, Point latest, Double targetY) {

        public boolean isEmpty() {
            return latest == null;
        }
    }

    public record Point(double x, double y) {

        @Override
        public String toString() {
            return x + "," + y;
        }
    }

    private record Scale(int count, double min, double max) {

        Point point(int index, double value) {
            double x = count == 1 ? WIDTH / 2 : PADDING + index * (WIDTH - 2 * PADDING) / (count - 1);
            return new Point(round(x), y(value));
        }

        double y(double value) {
            double share = max == min ? 0.5 : (max - value) / (max - min);
            return round(PADDING + share * (HEIGHT - 2 * PADDING));
        }

        private static double round(double coordinate) {
            return Math.round(coordinate * 10) / 10.0;
        }
    }
}
