// The spring-boot build-image name of module api is the image of a compose service in the folder
// above (api reads that file itself) and of one in the sibling module deploy (the last module,
// deploy, reports that one with paths from its own folder). Each finding comes once, in a serial
// and a -T 2 build.
def log = new File(basedir, 'build.log').text
def runs = log.split(/Reactor Summary/)
assert runs.size() == 3 : 'expected two builds in build.log'
[runs[0], runs[1]].each { run ->
  def listen = run.readLines().findAll { it.contains('(app-listen-port)') }
  assert listen.size() == 2 : listen
  def above = listen.find { it.startsWith('[WARNING] src/main/resources/application.properties:[1,13] (app-listen-port)') }
  assert above != null : listen
  assert above.contains("the application listens on 8082, but compose service 'api' that runs it listens on 8080 (../docker-compose.yml:5)") : above
  def sibling = listen.find { it.startsWith('[WARNING] ../api/src/main/resources/application.properties:[1,13] (app-listen-port)') }
  assert sibling != null : listen
  assert sibling.contains("compose service 'api' in module deploy (compose.yaml:3)") : sibling
  assert sibling.contains('declares 8080 (compose.yaml:5)') : sibling
}
['serial', 'parallel'].each { dir ->
  def json = { String m -> new groovy.json.JsonSlurper().parse(new File(basedir, "$m/target/$dir/portcheck.json")) }
  assert json('api').findings.count { it.rule == 'app-listen-port' } == 1
  assert json('deploy').findings.count { it.rule == 'app-listen-port' } == 1
  assert !json('.').findings.any { it.rule == 'app-listen-port' }
}
true
