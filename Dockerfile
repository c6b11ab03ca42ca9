# Build: the production bundle is Vaadin's prebuilt one (no npm build needed).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build
COPY pom.xml .
RUN mvn -B -q dependency:go-offline -Pproduction || true
COPY frontend frontend
COPY src src
RUN mvn -B -Pproduction -DskipTests package \
    && cp "$(ls target/jumelage-*.jar | grep -v -e '-plain\.jar$' -e '\.original$' | head -n 1)" /build/jumelage.jar

FROM eclipse-temurin:17-jre
RUN groupadd --system jumelage && useradd --system --gid jumelage --home-dir /app jumelage \
    && mkdir -p /app/data && chown -R jumelage:jumelage /app
WORKDIR /app
COPY --from=build --chown=jumelage:jumelage /build/jumelage.jar /app/jumelage.jar
USER jumelage
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /actuator/health HTTP/1.0\\r\\n\\r\\n' >&3 && grep -q '\"status\":\"UP\"' <&3"]
ENTRYPOINT ["java", "-jar", "/app/jumelage.jar"]
