// A Deployment, a Service and a NetworkPolicy in {{- if }} blocks of one template: three objects,
// each its own scope, so the equal ports are no clash; only the containerPort binds anything.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert !log.contains('(duplicate-port)')
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/portcheck/portcheck.json'))
def template = json.ports.findAll { it.file == 'chart/templates/app.yaml' }
assert template.collect { [it.line, it.document ?: 0, it.binding] } == [[13, 0, 'pod'], [23, 1, 'none'], [24, 1, 'none'], [35, 2, 'none']] : template
assert json.findings.isEmpty() : json.findings
