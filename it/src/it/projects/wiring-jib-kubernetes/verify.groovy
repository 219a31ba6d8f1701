// A jib image run by a Deployment of the root module: the app module (last in reactor order)
// reports its server.port against the container's containerPort, in a serial and a -T 2 build.
def log = new File(basedir, 'build.log').text
def runs = log.split(/Reactor Summary/)
assert runs.size() == 3 : 'expected two builds in build.log'
[runs[0], runs[1]].each { run ->
  def listen = run.readLines().findAll { it.contains('(app-listen-port)') }
  assert listen.size() == 1 : listen
  def line = listen[0]
  assert line.startsWith('[WARNING] src/main/resources/application.yml:[2,9] (app-listen-port) the application listens on 8081') : line
  assert line.contains("container 'shop' of Deployment 'shop' in module wiring-jib-kubernetes (../k8s/deployment.yaml:13)") : line
  assert line.contains('declares 8080 (../k8s/deployment.yaml:16)') : line
}
['serial', 'parallel'].each { dir ->
  def app = new groovy.json.JsonSlurper().parse(new File(basedir, "app/target/$dir/portcheck.json"))
  assert app.findings.count { it.rule == 'app-listen-port' } == 1
  def root = new groovy.json.JsonSlurper().parse(new File(basedir, "target/$dir/portcheck.json"))
  assert !root.findings.any { it.rule == 'app-listen-port' }
}
true
