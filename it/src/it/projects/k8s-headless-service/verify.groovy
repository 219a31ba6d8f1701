// targetPort: 0 is accepted as unset, and a Service port is a virtual address: no k8s-port error,
// no ephemeral-port warning for 55555.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/portcheck/portcheck.json'))
assert json.ports.collect { [it.key, it.binding] } == [['spec.ports[0].port', 'none'], ['spec.ports[0].targetPort', 'none']] : json.ports
assert json.findings.isEmpty() : json.findings
