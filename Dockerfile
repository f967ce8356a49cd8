# Builds Chancery from source and runs it on a JRE 25 from the extracted jar with an AOT cache
# (JEP 483/514): dependencies, snapshot dependencies and the application are layers of their
# own, so a change of code rebuilds and ships only the last one and the cache. Used by
# docker-compose.yml.
FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q -DskipTests package && cp target/chancery-*.jar /chancery.jar
RUN java -Djarmode=tools -jar /chancery.jar extract --layers --destination /extracted

FROM eclipse-temurin:25-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 chancery
WORKDIR /app
COPY --from=build /extracted/dependencies/ ./
COPY --from=build /extracted/spring-boot-loader/ ./
COPY --from=build /extracted/snapshot-dependencies/ ./
COPY --from=build /extracted/application/ ./
# Memory: heap 192 MiB and the JVM's other areas capped, so the process stays under 512 MiB RSS
# under the benchmark's load (docs/benchmarks.md); the serial collector suits one or two cores.
ENV JAVA_TOOL_OPTIONS="-Xms192m -Xmx192m -Xss512k -XX:MaxMetaspaceSize=192m -XX:ReservedCodeCacheSize=96m -XX:MaxDirectMemorySize=64m -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError"
# The AOT cache's training run (Spring Boot's: start the context, then exit): the classes the
# start loads and links, kept ready for every later start (docs/operations.md, Start). There is
# no database at build time, so it refreshes without one: no migrations, no schema validation,
# the dialect named; the classes those load at a real start are read from the jars as before.
RUN java -XX:AOTCacheOutput=chancery.aot -Dspring.context.exit=onRefresh -jar chancery.jar \
        --spring.datasource.url=jdbc:postgresql://127.0.0.1:1/training --spring.flyway.enabled=false \
        --spring.jpa.hibernate.ddl-auto=none --spring.jpa.properties.hibernate.boot.allow_jdbc_metadata_access=false \
        --spring.jpa.database-platform=org.hibernate.dialect.PostgreSQLDialect --chancery.database.create-if-missing=false \
        > /tmp/training.log 2>&1 || (tail -50 /tmp/training.log; exit 1)
USER chancery
EXPOSE 8080
# Ready means the database answers and the migrations ran (the readiness probe).
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
    CMD curl -fsS http://localhost:8080/actuator/health/readiness || exit 1
ENTRYPOINT ["java", "-XX:AOTCache=chancery.aot", "-jar", "chancery.jar"]
