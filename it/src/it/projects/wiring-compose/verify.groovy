def log = new File(basedir, 'build.log').text.readLines()
def of = { rule -> log.findAll { it.contains("(${rule})") } }
def health = of('compose-healthcheck-port')
assert health.size() == 1 : health
assert health[0].startsWith('[WARNING] docker-compose.yml:[11,') && health[0].contains('localhost:9090') && health[0].contains('api/Dockerfile:3') : health
def client = of('compose-client-port')
assert client.size() == 1 : client
assert client[0].contains('db:5433') && client[0].contains('container port 5432') : client
assert of('compose-publish-port').isEmpty()

def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/portcheck/portcheck.json'))
def edges = json.wiring.edges
assert edges.any { it.from == 'compose:web' && it.to == 'compose:api' && it.port == 8080 && it.state == 'ok' } : edges
assert edges.any { it.from == 'compose:api' && it.to == 'compose:db' && it.port == 5433 && it.state == 'broken' } : edges
assert json.findings.find { it.rule == 'compose-client-port' }.related.file == 'docker-compose.yml'
