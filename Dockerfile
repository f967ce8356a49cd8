# Builds Chancery from source and runs it on a JRE 21. Used by docker-compose.yml.
FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q -DskipTests package && cp target/chancery-*.jar /chancery.jar

FROM eclipse-temurin:21-jre
RUN useradd --system --uid 10001 chancery
USER chancery
COPY --from=build /chancery.jar /app/chancery.jar
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/chancery.jar"]
