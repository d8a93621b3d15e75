# syntax=docker/dockerfile:1
# Placement Ledger: built with the Maven wrapper, run as a jar on a JRE (docs/operations.md).

FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
COPY api api
COPY command command
COPY query query
COPY server server
# The cache mount keeps ~/.m2 between builds: a change of source does not download everything again.
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -ntp -q -DskipTests package

FROM eclipse-temurin:17-jre
# curl for the container's health check only.
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --home-dir /app --shell /usr/sbin/nologin placement
WORKDIR /app
COPY --from=build /src/server/target/placement-ledger.jar /app/placement-ledger.jar
USER placement
ENV PORT=8778 \
    SPRING_PROFILES_ACTIVE=postgres \
    JAVA_OPTS="-XX:MaxRAMPercentage=75 -XX:+UseParallelGC -Xss512k"
EXPOSE 8778
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
    CMD curl -fsS http://127.0.0.1:${PORT}/actuator/health/readiness || exit 1
# exec: the JVM is PID 1 and gets SIGTERM itself, so `docker stop` shuts down gracefully.
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/placement-ledger.jar"]
