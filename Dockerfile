# syntax=docker/dockerfile:1
# Beloved's image: built with the Maven wrapper on a JDK, run from the layered jar on a JRE.
#   docker build -t beloved .
#   docker run -p 8080:8080 -v beloved-data:/var/lib/beloved beloved
# No Docker engine runs on the project's machines: deploy/smoke.sh reproduces this image's layout
# (the extract command below, the ENV, WORKDIR and ENTRYPOINT lines) without one, and CI runs it.
# Keep the ENTRYPOINT a JSON array of plain strings and each ENV line KEY=value: smoke.sh reads them.

FROM eclipse-temurin:17-jdk AS build
# unzip: the wrapper checks the Maven zip's checksum (.mvn/wrapper); without unzip it would fetch the .tar.gz.
RUN apt-get update && apt-get install -y --no-install-recommends unzip && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
# The tests run in CI (./mvnw -B verify), not here; the cache mount keeps Maven's downloads between builds.
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -q -DskipTests package \
 && java -Djarmode=tools -jar app/target/beloved.jar extract --layers --destination /extracted

# The runtime is Java 25 for its AOT cache (below); the classes target Java 17 (the build stage), which
# the project still builds and runs on (deploy/beloved.service keeps a Java 17 launch in a comment).
FROM eclipse-temurin:25-jre
RUN groupadd --system --gid 10001 beloved \
 && useradd --system --uid 10001 --gid beloved --home-dir /var/lib/beloved --no-create-home \
      --shell /usr/sbin/nologin beloved \
 && mkdir -p /var/lib/beloved/postgres \
 && chown -R beloved:beloved /var/lib/beloved
WORKDIR /app
# One layer per kind of change: libraries change least, Beloved's own modules most.
COPY --from=build /extracted/dependencies/ ./
COPY --from=build /extracted/spring-boot-loader/ ./
COPY --from=build /extracted/snapshot-dependencies/ ./
COPY --from=build /extracted/application/ ./
COPY --chmod=0755 deploy/healthcheck.sh /usr/local/bin/beloved-healthcheck
# Java 25's AOT cache (JEP 483, 514, 515): a training run starts Beloved once on a throwaway embedded
# database (no Discord, no Twilio, nothing reached over the network), stops as soon as the context is
# refreshed (closing it: its PostgreSQL stops) and writes beloved.aot, which the ENTRYPOINT uses: the
# classes it loaded, already parsed and linked, and method profiles. The start needs less than half the
# CPU time. Same JVM options as the ENTRYPOINT (a cache is used only by the same JVM with compatible
# options; otherwise the JVM says so and starts without it). deploy/smoke.sh runs this line too.
RUN java -XX:+UseSerialGC -Xms64m -XX:MaxRAMPercentage=50 -XX:AOTCacheOutput=beloved.aot -Dspring.context.exit=onRefresh \
      -jar beloved.jar --server.port=0 --beloved.embedded-db.dir=/tmp/beloved-training \
 && rm -rf /tmp/beloved-training
# The embedded PostgreSQL keeps its cluster in the volume (unused with SPRING_DATASOURCE_URL set).
# The actuator (health, info, Prometheus metrics) answers on 8081, on the container's loopback
# only unless MANAGEMENT_SERVER_ADDRESS says otherwise (deploy/compose.yaml opens it to Prometheus).
ENV BELOVED_EMBEDDED_DB_DIR=/var/lib/beloved/postgres
ENV SERVER_PORT=8080
ENV MANAGEMENT_SERVER_PORT=8081
VOLUME /var/lib/beloved
USER beloved:beloved
EXPOSE 8080 8081
# Liveness, not readiness: an orchestrator restarts an unhealthy container, and a restart does not
# bring a database back (readiness, /actuator/health/readiness, is for the load balancer).
HEALTHCHECK --interval=30s --timeout=5s --start-period=90s --retries=3 CMD ["beloved-healthcheck"]
# The production launch (README, deploy/beloved.service and bench/startup.sh use the same options):
# the serial collector (a small instance: one or two cores, the least memory of the JVM's collectors),
# a heap that starts at 64 MiB and grows to half the container's memory (the embedded PostgreSQL
# shares the container), and the AOT cache written above. On Java 21 and newer requests run on virtual
# threads (spring.threads.virtual.enabled).
ENTRYPOINT ["java", "-XX:+UseSerialGC", "-Xms64m", "-XX:MaxRAMPercentage=50", "-XX:AOTCache=beloved.aot", "-XX:+ExitOnOutOfMemoryError", "-jar", "beloved.jar"]
