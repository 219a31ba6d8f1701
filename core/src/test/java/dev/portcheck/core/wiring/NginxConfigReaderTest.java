package dev.portcheck.core.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NginxConfigReaderTest {

  @Test
  void readsListensAndProxiedAddressesWithTheirPlaces() {
    NginxConfig c =
        NginxConfigReader.read(
            "nginx/default.conf",
            """
            server {
                listen       8080;
                listen  [::]:8080 default_server; # both families
                location /api/orders {
                    proxy_pass http://order-service:3000;
                }
                location /php { fastcgi_pass php:9000; }
            }
            """);
    assertThat(c.listens()).extracting(Setting::value).containsExactly("8080", "[::]:8080");
    assertThat(c.listens().get(1).loc()).isEqualTo(new Loc("nginx/default.conf", 3, 13));
    assertThat(c.dials())
        .extracting(Setting::name, Setting::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("proxy_pass", "http://order-service:3000"),
            org.assertj.core.groups.Tuple.tuple("fastcgi_pass", "php:9000"));
    assertThat(c.dials().get(0).loc()).isEqualTo(new Loc("nginx/default.conf", 5, 20));
    assertThat(c.unlistened()).isFalse();
    assertThat(c.selfContained()).isTrue();
  }

  @Test
  void anUpstreamNamedByAProxyIsDialedAtEachOfItsServers() {
    NginxConfig c =
        NginxConfigReader.read(
            "nginx.conf",
            """
            http {
              include /etc/nginx/mime.types;
              upstream frontend_hosts {
                server temporal-frontend:7237 max_fails=0;
                server temporal-frontend2:7236 max_fails=0;
              }
              server {
                listen 7233 http2;
                location / { grpc_pass grpc://frontend_hosts; }
              }
            }
            """);
    assertThat(c.dials())
        .extracting(Setting::value)
        .containsExactly("temporal-frontend:7237", "temporal-frontend2:7236");
    assertThat(c.dials().get(1).loc().line()).isEqualTo(5);
    assertThat(c.upstreams()).containsOnlyKeys("frontend_hosts");
    assertThat(c.listens()).extracting(Setting::value).containsExactly("7233");
    assertThat(c.selfContained()).isTrue();
  }

  @Test
  void nginxVariablesAreDecidedPerRequestButTemplateVariablesAreKept() {
    NginxConfig c =
        NginxConfigReader.read(
            "templates/default.conf.template",
            """
            server {
              listen ${NGINX_PORT};
              set $backend "api:8080";
              location / { proxy_pass http://$backend; }
              location /b { proxy_pass http://${API_HOST}:8081/; }
            }
            """);
    assertThat(c.listens()).extracting(Setting::value).containsExactly("${NGINX_PORT}");
    assertThat(c.dials()).extracting(Setting::value).containsExactly("http://${API_HOST}:8081/");
  }

  @Test
  void aServerWithoutListenAndUnreadIncludesAreKnown() {
    NginxConfig c =
        NginxConfigReader.read(
            "nginx.conf",
            """
            http {
              include /etc/nginx/conf.d/*.conf;
              server { server_name _; location / { return 200 'ok; {fine}'; } }
            }
            """);
    assertThat(c.unlistened()).isTrue();
    assertThat(c.selfContained()).isFalse();
    assertThat(c.listens()).isEmpty();
  }

  @Test
  void anotherProgramsConfReadsAsEmpty() {
    NginxConfig c =
        NginxConfigReader.read("redis.conf", "port 6379\nbind 0.0.0.0\n# listen 80;\nsave 900 1\n");
    assertThat(c.isEmpty()).isTrue();
  }

  @Test
  void udpListenersAndUnixSocketsAreToldApart() {
    NginxConfig c =
        NginxConfigReader.read(
            "stream.conf",
            """
            stream {
              server { listen 53 udp; proxy_pass dns:53; }
              server { listen unix:/run/x.sock; proxy_pass unix:/run/y.sock; }
            }
            """);
    assertThat(c.listens()).extracting(Setting::name).containsExactly("listen udp");
    assertThat(c.dials()).extracting(Setting::value).containsExactly("dns:53");
    assertThat(c.unlistened()).isFalse();
  }
}
