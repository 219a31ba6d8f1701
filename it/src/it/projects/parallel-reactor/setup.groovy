// Twenty modules, each with configs holding findings; several share ports so the reactor-wide
// shared-host-port check has work to do.
(1..20).each { i ->
  def name = String.format('module-%02d', i)
  def dir = new File(basedir, name)
  new File(dir, 'src/main/resources').mkdirs()
  new File(dir, 'pom.xml').text = """<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <parent>
    <groupId>dev.portcheck.it</groupId>
    <artifactId>parallel-reactor</artifactId>
    <version>1.0</version>
  </parent>
  <artifactId>${name}</artifactId>
  <packaging>pom</packaging>
</project>
"""
  new File(dir, 'src/main/resources/application.properties').text =
      "server.port=${8000 + (i % 5)}\nmanagement.server.port=${i % 3 == 0 ? 70000 + i : 9000 + i}\n" +
      "spring.datasource.url=jdbc:postgresql://db:5432/m${i}\nadmin.port=${i % 4 == 0 ? 22 : 7000 + i}\n"
  new File(dir, 'docker-compose.yml').text =
      "services:\n  app:\n    image: example/m${i}:1\n    ports:\n      - \"${8100 + i}:8080\"\n      - \"${8100 + i}:8081\"\n"
}
true
