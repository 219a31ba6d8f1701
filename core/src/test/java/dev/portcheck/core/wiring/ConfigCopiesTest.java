package dev.portcheck.core.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

class ConfigCopiesTest {
  private static DockerImage read(String text) {
    return DockerfileReader.read("web/Dockerfile", text);
  }

  @Test
  void copiesIntoNginxAreNamedByWhereTheyLand() {
    DockerImage image =
        read(
            String.join(
                "\n",
                "FROM node:20 AS build",
                "COPY default.conf /etc/nginx/conf.d/",
                "FROM nginx:alpine",
                "COPY --from=build /app/nginx.conf /etc/nginx/nginx.conf",
                "COPY nginx/site.conf nginx/api.conf /etc/nginx/conf.d/",
                "COPY main.conf /etc/nginx/nginx.conf",
                "COPY app.yml /etc/app/app.yml"));
    assertThat(image.copied())
        .extracting(Setting::name, Setting::value)
        .containsExactly(
            tuple("/etc/nginx/conf.d/site.conf", "nginx/site.conf"),
            tuple("/etc/nginx/conf.d/api.conf", "nginx/api.conf"),
            tuple("/etc/nginx/nginx.conf", "main.conf"));
    assertThat(image.copied().get(2).loc()).isEqualTo(new Loc("web/Dockerfile", 6, 6));
  }
}
