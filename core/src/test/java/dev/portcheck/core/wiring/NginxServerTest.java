package dev.portcheck.core.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NginxServerTest {
  private static NginxConfig conf(String text) {
    return NginxConfigReader.read("site.conf", text);
  }

  private static NginxServer at(String target, String text, Map<String, String> env) {
    return NginxServer.of(List.of(new NginxServer.Applied(conf(text), target)), env::get);
  }

  @Test
  void aTemplateTakesTheContainersEnvironment() {
    NginxServer n =
        at(
            "/etc/nginx/templates/default.conf.template",
            "server { listen ${PORT}; location / { proxy_pass http://${API}:8080; } }",
            Map.of("PORT", "8081", "API", "api"));
    assertThat(n.listens()).extracting(Setting::value).containsExactly("8081");
    assertThat(n.dials()).extracting(Setting::value).containsExactly("http://api:8080");
    assertThat(n.complete()).isTrue();
    // What the environment does not set stays unknown: no listener, no address.
    NginxServer unset =
        at(
            "/etc/nginx/templates/default.conf.template",
            "server { listen ${PORT}; location / { proxy_pass http://${API}:8080; } }",
            Map.of());
    assertThat(unset.listens()).isEmpty();
    assertThat(unset.complete()).isFalse();
    assertThat(unset.dials()).isEmpty();
  }

  @Test
  void onlyAFileNginxLoadsListens() {
    String text = "server { listen 8080; location / { proxy_pass http://api:9000; } }";
    NginxServer copied = at("/etc/nginx/conf.d/nginx.conf.template", text, Map.of());
    assertThat(copied.listens()).isEmpty();
    assertThat(copied.complete()).isFalse();
    // Its proxies are the team's all the same.
    assertThat(copied.dials()).extracting(Setting::value).containsExactly("http://api:9000");
    assertThat(at("/etc/nginx/conf.d/default.conf", text, Map.of()).complete()).isTrue();
    assertThat(at("/etc/nginx/conf.d/extra.conf", text, Map.of()).complete()).isFalse();
  }

  @Test
  void aMainConfigurationIsCompleteOnlyWithoutServerIncludes() {
    String own = "http { include mime.types; server { listen 81; } }";
    String more = "http { include /etc/nginx/conf.d/*.conf; server { listen 81; } }";
    assertThat(at("/etc/nginx/nginx.conf", own, Map.of()).complete()).isTrue();
    assertThat(at("/etc/nginx/nginx.conf", more, Map.of()).complete()).isFalse();
  }

  @Test
  void aNameWithoutPortMayBeAnUpstreamOfAnUnreadFile() {
    String text =
        "http { include /etc/nginx/conf.d/*.conf; server { location / { proxy_pass http://app; } } }";
    assertThat(at("/etc/nginx/nginx.conf", text, Map.of()).dials()).isEmpty();
    assertThat(
            at(
                    "/etc/nginx/nginx.conf",
                    "server { location / { proxy_pass http://app; } }",
                    Map.of())
                .dials())
        .extracting(Setting::value)
        .containsExactly("http://app");
  }

  @Test
  void anUpstreamOfAnotherLoadedFileIsDialedAtItsServers() {
    NginxConfig upstreams =
        NginxConfigReader.read("upstreams.conf", "upstream app { server api:8080; }");
    NginxConfig site =
        NginxConfigReader.read(
            "site.conf", "server { listen 80; location / { proxy_pass http://app; } }");
    NginxServer n =
        NginxServer.of(
            List.of(
                new NginxServer.Applied(upstreams, "/etc/nginx/conf.d/upstreams.conf"),
                new NginxServer.Applied(site, "/etc/nginx/conf.d/default.conf")),
            name -> null);
    assertThat(n.dials()).extracting(Setting::value).containsExactly("api:8080");
    assertThat(n.dials().get(0).loc().file()).isEqualTo("upstreams.conf");
  }

  @Test
  void listenAddressesGiveTheirPorts() {
    assertThat(NginxConfig.listenPort("8080")).hasValue(8080);
    assertThat(NginxConfig.listenPort("[::]:8080")).hasValue(8080);
    assertThat(NginxConfig.listenPort("127.0.0.1:81")).hasValue(81);
    assertThat(NginxConfig.listenPort("127.0.0.1")).hasValue(80);
    assertThat(NginxConfig.listenPort("[::]")).hasValue(80);
    assertThat(NginxConfig.listenPort("${PORT}")).isEmpty();
    assertThat(NginxConfig.listenPort("99999")).isEmpty();
  }
}
