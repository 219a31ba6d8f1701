def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
def findings = log.readLines().findAll { it =~ /^\[(ERROR|WARNING)\] \S+:\[\d+,\d+\] \(/ }
// args bind the probe's port: silent
assert !findings.any { it.startsWith('[WARNING] k8s/probe-args.yaml') }
// env sets the port elsewhere: a warning naming the evidence
assert findings.any { it.startsWith('[WARNING] k8s/probe-env.yaml:[16,') && it.contains('(probe-port)') && it.contains('QUARKUS_HTTP_PORT=8083') }
// other programs' configs, scrape targets, TCP+UDP: nothing
assert !findings.any { it.contains('k8s/configs.yaml') }
assert !findings.any { it.contains('k8s/alertmanager.yaml') }
// helm-unittest fixtures are no manifests
assert !findings.any { it.contains('chart/tests/') }
// non-literal syntaxes are unknown, never port-range
assert !findings.any { it.contains('config/other.yml') }
// an Istio destination at a port the Service lacks
assert findings.any { it.startsWith('[WARNING] k8s/istio.yaml:[28,') && it.contains('(backend-port)') && it.contains('VirtualService') }
// the overlay's patch moves the port away from where the base Service targets
assert findings.any { it.contains('deploy/base/service.yaml') && it.contains('(service-target-port)') && it.contains('9444') }
assert !findings.any { it.contains('service-patch.yaml') }
// a chart's Service port from values.yaml, selecting pods through the same helper: found, located there
assert findings.any { it.startsWith('[WARNING] chart/values.yaml:[7,') && it.contains('(service-target-port)') && it.contains('8081') && it.contains('chart/templates/service.yaml') } : findings.join('\n')
// a generator literal in an overlay with namePrefix dials the renamed Service
assert findings.any { it.startsWith('[WARNING] deploy/overlay/kustomization.yaml:[13,') && it.contains('(client-port)') && it.contains('dev-api:8443') && it.contains("Service 'api'") } : findings.join('\n')
assert !findings.any { it.contains('dev-api:443') }
assert findings.size() == 5 : findings.join('\n')
true
