// A client in module orders dials Service catalog of module catalog at a port it does not serve:
// found in a serial and in a -T 2 build alike, reported once by the last module, naming both ends.
def log = new File(basedir, 'build.log').text
def runs = log.split(/Reactor Summary/)
assert runs.size() == 3 : 'expected two builds in build.log'
['serial': runs[0], 'parallel': runs[1]].each { run, text ->
  def lines = text.readLines().findAll { it.contains('(client-port)') }
  assert lines.size() == 1 : "$run: $lines"
  assert lines[0].contains('catalog:8010') && lines[0].contains("Service 'catalog' of module catalog")
  assert lines[0].contains('serves 8008')
  assert lines[0].contains('../orders/k8s/deployment.yaml:[19,')
  // payments is a Service of no module: nothing to judge
  assert !text.contains('payments:9000')
  def json = new groovy.json.JsonSlurper().parse(new File(basedir, "catalog/target/$run/portcheck.json"))
  assert json.findings.count { it.rule == 'client-port' } == 1
}
true
