# Builds Chancery from source and runs it on a JRE 21 from the layered jar: dependencies,
# the loader, snapshot dependencies and the application are layers of their own, so a change
# of code rebuilds and ships only the last one. Used by docker-compose.yml.
FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q -DskipTests package && cp target/chancery-*.jar /chancery.jar
RUN java -Djarmode=tools -jar /chancery.jar extract --layers --launcher --destination /extracted

FROM eclipse-temurin:21-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 chancery
WORKDIR /app
COPY --from=build /extracted/dependencies/ ./
COPY --from=build /extracted/spring-boot-loader/ ./
COPY --from=build /extracted/snapshot-dependencies/ ./
COPY --from=build /extracted/application/ ./
USER chancery
# Memory: heap 256 MiB and the JVM's other areas capped, so the process stays under 512 MiB RSS
# under the benchmark's load (docs/benchmarks.md); the serial collector suits one or two cores.
ENV JAVA_TOOL_OPTIONS="-Xms256m -Xmx256m -Xss512k -XX:MaxMetaspaceSize=192m -XX:ReservedCodeCacheSize=96m -XX:MaxDirectMemorySize=64m -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError"
EXPOSE 8080
# Ready means the database answers and the migrations ran (the readiness probe).
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
    CMD curl -fsS http://localhost:8080/actuator/health/readiness || exit 1
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
