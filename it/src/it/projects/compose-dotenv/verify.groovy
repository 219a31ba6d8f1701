// A compose project's .env feeds interpolation for every service: it is no application, so its
// equal values are no clash; each service's own port stays in its container.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert !log.contains('(duplicate-port)')
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/portcheck/portcheck.json'))
def env = json.ports.findAll { it.file == '.env' }
assert env.collect { [it.key, it.kind, it.binding] } == [['FRONTEND_PORT', 'env', 'none'], ['FIREPIT_PORT', 'env', 'none']] : env
def compose = json.ports.findAll { it.file == 'docker-compose.yml' }
assert compose.collect { it.binding } == ['container', 'container'] : compose
assert json.findings.isEmpty() : json.findings
