def log = new File(basedir, 'build.log').text.readLines()
def of = { rule -> log.findAll { it.contains("(${rule})") } }
def target = of('service-target-port')
assert target.size() == 2 : target
assert target.any { it.startsWith('[ERROR] k8s/web.yaml:[35,17] (service-target-port)') && it.contains("'web'") && it.contains('k8s/web.yaml:16') }
assert target.any { it.startsWith('[WARNING] k8s/db.yaml:[20,38] (service-target-port)') && it.contains('5433') && it.contains('k8s/db.yaml:14') }
def probe = of('probe-port')
assert probe.size() == 1 : probe
assert probe.any { it.startsWith('[ERROR] k8s/web.yaml:[22,41] (probe-port)') && it.contains("'metrics'") }
// A numeric probe port nothing declares is judged only against positive evidence (args, env,
// another probe at a declared port): health ports often go undeclared, so 8081 alone is silent.
assert !probe.any { it.contains('8081') }
def backend = of('backend-port')
assert backend.size() == 1 && backend[0].contains('k8s/web.yaml:27') : backend
def client = of('client-port')
assert client.size() == 1 && client[0].contains('db:5433') && client[0].contains('k8s/db.yaml:16') : client

def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/portcheck/portcheck.json'))
assert sarif.wiring.edges.any { it.state == 'broken' }
