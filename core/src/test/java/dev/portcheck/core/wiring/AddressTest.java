package dev.portcheck.core.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressTest {
  @Test
  void findsHostsAndPortsInTheUsualForms() {
    assertThat(Address.in("user-db:27017")).containsExactly(new Address("user-db", 27017, 0));
    assertThat(Address.in("http://query.thanos.svc.cluster.local.:9090"))
        .as("an absolute name's root dot")
        .containsExactly(new Address("query.thanos.svc.cluster.local", 9090, 7));
    assertThat(Address.in("a.:80")).containsExactly(new Address("a", 80, 0));
    assertThat(Address.in("mongodb://u:p@db.shop.svc:27017/x?y=1"))
        .extracting(Address::host, Address::port)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("db.shop.svc", 27017));
    assertThat(Address.in("jdbc:mysql://mysql:3306/db"))
        .extracting(Address::host)
        .containsExactly("mysql");
    assertThat(Address.in("-Xmx64m -Dzipkin.url=http://zipkin:9411/api"))
        .extracting(Address::host, Address::port)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("zipkin", 9411));
    assertThat(Address.in("a:1,b:2")).extracting(Address::host).containsExactly("a", "b");
    assertThat(Address.in("http://127.0.0.1:8080/health"))
        .extracting(Address::host)
        .containsExactly("127.0.0.1");
  }

  @Test
  void readsGoMysqlDsnsByWhatTheirParenthesesHold() {
    assertThat(Address.in("root:p@ss:w@tcp(mysql.shop:3307)/orders?parseTime=true"))
        .containsExactly(new Address("mysql.shop", 3307, 16));
    assertThat(Address.in("tcp(db:3306)/x")).containsExactly(new Address("db", 3306, 4));
    assertThat(Address.in("u:p@tcp(db)/x")).as("no port: the driver's default").isEmpty();
    assertThat(Address.in("u:p@unix(/run/mysqld.sock)/x")).isEmpty();
  }

  @Test
  void readsJdbcDialectsWithoutTheUsualSchemeSeparator() {
    assertThat(Address.in("jdbc:oracle:thin:@//oracle-db:1521/ORCL"))
        .containsExactly(new Address("oracle-db", 1521, 20));
    assertThat(Address.in("-Ddb.url=jdbc:oracle:thin:@//ora:1521/X -Dother=a"))
        .as("a token read in place, inside a longer value")
        .containsExactly(new Address("ora", 1521, 29));
    assertThat(Address.in("jdbc:oracle:thin:@oracle-db:1522:XE"))
        .extracting(Address::host, Address::port)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("oracle-db", 1522));
    assertThat(Address.in("jdbc:db2://db2:50000/SAMPLE"))
        .extracting(Address::host, Address::port)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("db2", 50000));
    assertThat(Address.in("jdbc:sqlserver://mssql:1433;databaseName=x"))
        .extracting(Address::host, Address::port)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("mssql", 1433));
  }

  @ParameterizedTest
  @ValueSource(strings = {"12:30", "fe80::1:80", "http://web/", "key:value"})
  void ignoresTimesIpv6AndPortlessUrls(String value) {
    assertThat(Address.in(value)).isEmpty();
  }

  /** The pattern the scan replaced, as it was applied to a token's host and port. */
  private static final java.util.regex.Pattern REFERENCE =
      java.util.regex.Pattern.compile(
          "([A-Za-z0-9](?:[-A-Za-z0-9_.]*[A-Za-z0-9])?)\\.?:(\\d{1,5})(?=$|[/?#,;\\s\"')])");

  private static java.util.List<Address> byPattern(String value) {
    java.util.List<Address> out = new java.util.ArrayList<>();
    int i = 0;
    while (i < value.length()) {
      int start = i;
      while (i < value.length() && " \t,;\"'=".indexOf(value.charAt(i)) < 0) {
        i++;
      }
      String t = value.substring(start, i);
      int begin = 0;
      int scheme = t.indexOf("://");
      boolean skip = false;
      if (scheme >= 0) {
        begin = scheme + 3;
      } else if (t.indexOf(':') != t.lastIndexOf(':')) {
        skip = true;
      }
      if (!skip) {
        int end = t.length();
        for (char stop : new char[] {'/', '?', '#'}) {
          int s = t.indexOf(stop, begin);
          if (s >= 0 && s < end) {
            end = s;
          }
        }
        int at = t.lastIndexOf('@', end - 1);
        if (at >= begin) {
          begin = at + 1;
        }
        java.util.regex.Matcher m = REFERENCE.matcher(t.substring(begin, end));
        if (m.matches()) {
          int port = Integer.parseInt(m.group(2));
          String host = m.group(1);
          if (port <= 65535 && (host.chars().anyMatch(Character::isLetter) || host.contains("."))) {
            out.add(new Address(host, port, start + begin));
          }
        }
      }
      i++;
    }
    return out;
  }

  @Test
  void theScanFindsWhatThePatternFound() {
    java.util.Random random = new java.util.Random(5);
    String[] parts = {
      "a", "db", "x.y", "-", "_", ".", ":", "80", "8080", "123456", "://", "http", "@", "u:p@", "/",
      "?q", "#f", ",", ";", " ", "=", "'", "\"", "1", "é", "[::1]"
    };
    for (int round = 0; round < 20_000; round++) {
      StringBuilder value = new StringBuilder();
      for (int k = 0; k < 1 + random.nextInt(8); k++) {
        value.append(parts[random.nextInt(parts.length)]);
      }
      String v = value.toString();
      assertThat(Address.in(v)).as(v).isEqualTo(byPattern(v));
    }
  }

  @Test
  void aWholeValueThatIsOneHttpUrlDialsItsSchemesDefaultPort() {
    assertThat(Address.dialed("http://coupon-api/api/v1"))
        .containsExactly(new Address("coupon-api", 80, 7, true));
    assertThat(Address.dialed(" https://user:pw@auth.shop.svc "))
        .containsExactly(new Address("auth.shop.svc", 443, 17, true));
    assertThat(Address.dialed("http://coupon-api:3000"))
        .extracting(Address::implied)
        .containsOnly(false);
    assertThat(Address.dialed("redis://cache")).as("another scheme's default").isEmpty();
    assertThat(Address.dialed("proxy_pass http://backend;")).as("a URL among words").isEmpty();
    assertThat(Address.dialed("http://a, http://b")).as("a list").isEmpty();
    assertThat(Address.dialed("http://[::1]/")).isEmpty();
    assertThat(Address.dialedInTemplate("http://{{ .Release.Name }}-api/"))
        .extracting(Address::host, Address::port)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("{{ .Release.Name }}-api", 80));
  }

  @Test
  void readsAHostAChartWritesAsTemplateTextAsThatText() {
    String value = "http://{{ include \"shop.fullname\" . }}-api:9090/v1";
    assertThat(Address.inTemplate(value))
        .containsExactly(new Address("{{ include \"shop.fullname\" . }}-api", 9090, 7));
    assertThat(Address.in(value)).as("as written, no host").isEmpty();
    assertThat(Address.inTemplate("{{ .Release.Name }}-redis:{{ .Values.redis.port }}"))
        .as("a port of template text is no port")
        .isEmpty();
    assertThat(Address.inTemplate("http://{{ include \"x\" . -api:80"))
        .as("an action the value does not close")
        .isEmpty();
    assertThat(Address.inTemplate("db:5432")).containsExactly(new Address("db", 5432, 0));
  }
}
