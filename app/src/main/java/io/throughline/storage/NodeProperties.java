package io.throughline.storage;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.lang.management.ManagementFactory;

/**
 * This instance among the others on the same database.
 *
 * @param nodeName The name this instance claims processor segments under (environment variable
 *                 THROUGHLINE_NODE_NAME). Unset, the JVM's pid@host, which is unique per machine but not per instance
 *                 when two instances share a JVM.
 */
@ConfigurationProperties("throughline")
public record NodeProperties(String nodeName) {

    /** The name to claim segments under. */
    String nodeId() {
        return nodeName == null || nodeName.isBlank() ? ManagementFactory.getRuntimeMXBean().getName() : nodeName;
    }
}
