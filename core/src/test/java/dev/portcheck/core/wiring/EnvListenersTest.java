package dev.portcheck.core.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EnvListenersTest {
  @Test
  void portVariablesOfTheProcessItself() {
    assertThat(EnvListeners.ports("PORT", "3000")).containsExactly(3000);
    assertThat(EnvListeners.ports("SERVER_PORT", " 8081 ")).containsExactly(8081);
    assertThat(EnvListeners.ports("MICRONAUT_SERVER_PORT", "8090")).containsExactly(8090);
    assertThat(EnvListeners.ports("DB_PORT", "5432")).isEmpty();
    assertThat(EnvListeners.ports("PORT", "${PORT}")).isEmpty();
    assertThat(EnvListeners.ports("PORT", "70000")).isEmpty();
  }

  @Test
  void listenerListsButNotTheAdvertisedOnes() {
    assertThat(
            EnvListeners.ports(
                "KAFKA_LISTENERS", "CONTROLLER://:19092,PLAINTEXT_HOST://:9092,SSL://:9093"))
        .containsExactly(19092, 9092, 9093);
    assertThat(EnvListeners.ports("KAFKA_ADVERTISED_LISTENERS", "PLAINTEXT://localhost:19092"))
        .isEmpty();
  }

  @Test
  void serverPortPropertiesOfTheJvmOptionsTheEnvironmentHands() {
    assertThat(
            EnvListeners.ports(
                "JAVA_OPTIONS", "-Xmx256m -Dquarkus.http.port=8083 -Dquarkus.http.host=0.0.0.0"))
        .containsExactly(8083);
    assertThat(EnvListeners.ports("JAVA_TOOL_OPTIONS", "-Dserver.port=8081")).containsExactly(8081);
    assertThat(EnvListeners.ports("JAVA_OPTS", "-Dcom.sun.management.jmxremote.port=9010"))
        .isEmpty();
    // Another variable that only mentions a property sets nothing for the JVM.
    assertThat(EnvListeners.ports("DESCRIPTION", "-Dserver.port=8081")).isEmpty();
  }

  @Test
  void runtimesListenSettingsUnderTheirOwnNames() {
    assertThat(EnvListeners.ports("ASPNETCORE_URLS", "http://+:80;https://+:443/"))
        .containsExactly(80, 443);
    assertThat(EnvListeners.ports("ASPNETCORE_HTTP_PORTS", "8080;8081"))
        .containsExactly(8080, 8081);
    assertThat(EnvListeners.ports("FLASK_RUN_PORT", "5000")).containsExactly(5000);
    assertThat(EnvListeners.ports("UVICORN_PORT", "8000")).containsExactly(8000);
    assertThat(EnvListeners.ports("ZOOKEEPER_CLIENT_PORT", "2181")).containsExactly(2181);
    assertThat(EnvListeners.ports("GUNICORN_CMD_ARGS", "--workers=3 --bind=0.0.0.0:8000"))
        .containsExactly(8000);
    assertThat(EnvListeners.ports("GUNICORN_CMD_ARGS", "-b :9000 --timeout 30"))
        .containsExactly(9000);
  }

  @Test
  void thePrometheusJmxExportersAgentServesItsPortWhateverVariableHandsItOver() {
    assertThat(
            EnvListeners.ports(
                "EXTRA_ARGS",
                "-javaagent:/usr/bin/jmx/jmx_prometheus_javaagent-0.15.0.jar=1234:/usr/bin/jmx/x.yml"))
        .containsExactly(1234);
    assertThat(
            EnvListeners.ports(
                "KAFKA_OPTS", "-javaagent:/opt/jmx_prometheus_javaagent.jar=0.0.0.0:7071:/c.yml"))
        .containsExactly(7071);
    // Another agent's arguments are its own.
    assertThat(EnvListeners.ports("JAVA_TOOL_OPTIONS", "-javaagent:/otel/agent.jar=8080"))
        .isEmpty();
  }
}
