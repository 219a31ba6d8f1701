// A CRD's schema describes ports (bounds, defaults): no port setting. Helm values take port names
// like every int-or-string field, and templated text is no value. A Service port name is a DNS
// label of up to 63 characters, so 20 characters are fine.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/portcheck/portcheck.json'))
assert json.ports.findAll { it.file.startsWith('crds/') }.isEmpty()
def values = json.ports.findAll { it.file == 'chart/values.yaml' }
assert values.collect { [it.key, it.ports] } == [['service.port', []], ['service.targetPort', []], ['admin.port', []]] : values
assert json.findings.isEmpty() : json.findings
