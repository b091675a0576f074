# Two stages: build the fat jar with Maven on a JDK 25 (for release 17), run it on a JRE 25 as a non-root user: JDK 25's
# compiler trains 1.04–1.15× faster than 17's, with the same bits (README).
#   docker build -t shallow-lab .
#   docker run -p 7070:7070 -e PORT=7070 -v shallowlab-data:/app/data shallow-lab
FROM maven:3.9-eclipse-temurin-25 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src src
COPY templates templates
COPY static static
RUN mvn -B -q -DskipTests package

FROM eclipse-temurin:25-jre
# The engine needs the Vector API's incubator module: fail the build here, not at start-up, if this JRE lacks it.
RUN java --add-modules=jdk.incubator.vector -version \
    && apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin shallowlab \
    && mkdir -p /app/data && chown shallowlab /app/data
WORKDIR /app
COPY --from=build /src/target/shallow-lab.jar /app/shallow-lab.jar
USER shallowlab
# Saved experiments go to the embedded database in /app/data (mount a volume there), or to PostgreSQL with DATABASE_URL.
ENV PORT=7070 DATA_DIR=/app/data MALLOC_ARENA_MAX=2
VOLUME /app/data
EXPOSE 7070
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD curl -fsS "http://localhost:${PORT}/health" > /dev/null || exit 1
# Exec form: java is PID 1, so SIGTERM reaches it and the shutdown is graceful. The app reads $PORT itself.
# The JVM sized for a 512 MB instance, as in the Procfile (the README's Configuration says why).
CMD ["java", "-Xmx256m", "-XX:MaxMetaspaceSize=128m", "-XX:ReservedCodeCacheSize=64m", "-XX:MaxDirectMemorySize=32m", \
     "-XX:+UseSerialGC", "--add-modules=jdk.incubator.vector", "-jar", "/app/shallow-lab.jar"]
