# Builds the service jar and runs it. Used by docker-compose.yml; the default profile would start an embedded
# PostgreSQL, so the compose file selects the "postgres" profile (and "axonserver").
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN mvn -q -B -DskipTests package

FROM eclipse-temurin:17-jre
RUN useradd --system --home /app throughline
WORKDIR /app
COPY --from=build /src/app/target/app-*.jar /app/throughline.jar
USER throughline
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/throughline.jar"]
