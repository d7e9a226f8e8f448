package io.throughline.command.metric;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a metric, which collects a reading every period for years, is loaded without replaying every reading.
 *
 * @param snapshotEvery How many events of a metric lie between two of its snapshots: loading a metric replays at
 *                      most that many events after its latest snapshot.
 */
@ConfigurationProperties("throughline.metric")
public record MetricProperties(@DefaultValue("500") int snapshotEvery) {
}
