// Each folder one class of compose verdict; findings are read per module, so a false finding
// anywhere fails the exact count at the end.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
def module = null
def findings = []
log.readLines().each { line ->
  def building = line =~ /^\[INFO\] Building (\S+) 1\.0/
  if (building) {
    module = building[0][1]
  } else if (line =~ /^\[(ERROR|WARNING)\] \S+:\[\d+,\d+\] \(/) {
    findings << "$module ${line}"
  }
}
def has = { String mod, String at, String rule, String... words ->
  def hit = findings.findAll { it.startsWith("$mod [WARNING] $at") && it.contains("($rule)") }
  assert hit.size() == 1 : "$mod $at ($rule): ${findings.join('\n')}"
  words.each { w -> assert hit[0].contains(w) : "${hit[0]} lacks $w" }
}
def root = 'compose-verdicts'

// (a) the command binds 8000 over the image's EXPOSE 5000: publish and client at 8000 silent,
// at 5000 warned, naming the flag
has(root, 'a-command/docker-compose.yml:[11,', 'compose-publish-port', "'old-web'", 'told to listen on 8000', 'a-command/Dockerfile:3')
has(root, 'a-command/docker-compose.yml:[16,', 'compose-client-port', 'web:5000', 'listens on 8000')
assert findings.count { it.contains('a-command/') } == 2

// (b) healthchecks by own name, container_name, nc, and on image-only services
has(root, 'b-healthcheck/docker-compose.yml:[9,', 'compose-healthcheck-port', 'api-wrong:9090', 'api/Dockerfile:2')
has(root, 'b-healthcheck/docker-compose.yml:[14,', 'compose-healthcheck-port', 'named-box:9091')
has(root, 'b-healthcheck/docker-compose.yml:[22,', 'compose-healthcheck-port', 'localhost:9108')
has(root, 'b-healthcheck/docker-compose.yml:[26,', 'compose-healthcheck-port', "'cache'", '6380', '6379')
assert findings.count { it.contains('b-healthcheck/') } == 4 // api:8080, nc 8080, pg_isready 5432: silent

// (c) an alternative file is its own project and hides no bug of the main one; an override merges
has(root, 'c-alternatives/docker-compose.yml:[7,', 'compose-client-port', 'api:9000', 'listens on 8080')
assert !findings.any { it.contains('docker-compose-mysql.yml') }
assert !findings.any { it.contains('c-override/') }

// (d) a fragment without services: holding "8086:8086" is compose, no port-range error
assert !findings.any { it.contains('d-fragment/') }

// (e) a host+port env pair, and an env_file's address, located in the env file
has(root, 'e-env/docker-compose.yml:[11,', 'compose-client-port', 'DB_HOST + DB_PORT', 'db:5433', '5432')
has(root, 'e-env/app.env:[2,', 'compose-client-port', 'REDIS_URL', 'cache:6380', '6379')
assert !findings.any { it.contains('worker.env') }

// (f) a compose file in a sibling folder builds the reactor module whose server.port disagrees
has('app', 'src/main/resources/application.properties:[1,', 'app-listen-port', 'listens on 8081', "compose service 'app'", '../docker/docker-compose.yml:5')

// (g) a native config server without search-locations serves classpath:/config
has('config-server', 'src/main/resources/config/orders.yml:[2,', 'app-listen-port', "compose service 'orders'", '8080')

// (h) an included file's services join the including project
has(root, 'h-include/compose.yaml:[7,', 'compose-client-port', 'db:5433', 'h-include/db.yaml:3')

// (i) the nginx a service mounts: its listen is where it serves (the publish of 80 forwards to
// nothing), its proxy_pass a call located in the .conf; an upstream at the right port and another
// program's .conf are silent
has(root, 'i-nginx/docker-compose.yml:[5,', 'compose-publish-port', "'web'", 'nginx configuration', 'i-nginx/nginx/default.conf:6')
has(root, 'i-nginx/nginx/default.conf:[8,', 'compose-client-port', "'proxy_pass' dials api:8001", 'listens on 8000')
assert findings.count { it.contains('i-nginx/') } == 2

assert findings.size() == 14 : findings.join('\n')
true
