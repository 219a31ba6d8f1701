// Each item of a kind: List is an object of its own: a Service's port equal to a container's is no
// clash, and Service port names are DNS labels (up to 63 characters).
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert !log.contains('(duplicate-port)')
assert !log.contains('(port-name)')
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/portcheck/portcheck.json'))
assert json.ports.findAll { it.binding == 'pod' }.collect { it.line } == [15, 17]
assert json.findings.isEmpty() : json.findings
