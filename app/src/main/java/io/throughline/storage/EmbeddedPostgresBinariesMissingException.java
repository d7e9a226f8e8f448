package io.throughline.storage;

/**
 * No PostgreSQL binaries for this platform on the classpath; {@link EmbeddedPostgresBinariesFailureAnalyzer} says
 * which artifact to add, or how to do without.
 */
public class EmbeddedPostgresBinariesMissingException extends RuntimeException {

    private final String artifact;

    EmbeddedPostgresBinariesMissingException(String platform, String resource, String artifact) {
        super("The embedded PostgreSQL has no binaries for " + platform + ": " + (artifact == null
                ? "zonky publishes none for this platform"
                : "the artifact " + artifact + " is missing") + " (no " + resource + " on the classpath).");
        this.artifact = artifact;
    }

    /** The Maven artifact that carries the binaries, or null where there is none. */
    String artifact() {
        return artifact;
    }
}
