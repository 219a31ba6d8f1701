package dev.portcheck.core.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AddressTest {
  @Test
  void findsHostsAndPortsInTheUsualForms() {
    assertThat(Address.in("user-db:27017")).containsExactly(new Address("user-db", 27017, 0));
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
  void ignoresTimesIpv6AndPortlessUrls() {
    assertThat(Address.in("12:30")).isEmpty();
    assertThat(Address.in("fe80::1:80")).isEmpty();
    assertThat(Address.in("http://web/")).isEmpty();
    assertThat(Address.in("key:value")).isEmpty();
  }
}
