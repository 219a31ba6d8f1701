// helm template with the chart's values.yaml: provider is aws and metrics are off. The Service's
// metrics port targets a name the container declares only when metrics.enabled: an error. The
// webhook port is in a branch the values turn off (no finding), the admin port in one no value
// decides ($provider): its target is unknown, so no finding either. The container port 8443 is
// written under tls.enabled and under its else: the two never render together, so no clash, and
// with tls off only the else's is listed, in the profile of its condition; metrics' 9090 is not.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/portcheck/portcheck.json'))
def targets = json.findings.findAll { it.rule == 'service-target-port' }
assert targets.collect { [it.file, it.line, it.severity] } == [['chart/templates/service.yaml', 15, 'error']] : json.findings
assert targets[0].message.contains("targetPort 'metrics'") : targets[0].message
// The message names the block that leaves the name out, where the template declares it.
assert targets[0].message.contains("'metrics' is declared only where {{ .Values.metrics.enabled }} holds (chart/templates/deployment.yaml:21)") : targets[0].message
assert !json.findings.any { it.message.contains('wh-') } : json.findings
assert !json.findings.any { it.rule == 'duplicate-port' } : json.findings
def listed = json.ports.findAll { it.file == 'chart/templates/deployment.yaml' }
assert listed.collect { [it.line, it.profile] } == [[19, null], [29, '{{ if not .Values.tls.enabled }}']] : listed
