def log = new File(basedir, 'build.log').text
assert log.contains('portcheck: baseline of 2 findings written to')
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'portcheck-baseline.json'))
assert json.baseline*.rule.sort() == ['port-range', 'privileged-port']
assert json.baseline.find { it.rule == 'privileged-port' }.key == 'server.port'
assert json.baseline.find { it.rule == 'privileged-port' }.port == 703
assert !json.baseline[0].containsKey('line')
// the second build (verify) accepts both and passes
assert log.contains('portcheck: baseline portcheck-baseline.json accepts 2 findings; 0 baseline entries are now fixed')
assert log.contains('BUILD SUCCESS')
