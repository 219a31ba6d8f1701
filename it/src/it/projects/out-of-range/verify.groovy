def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] src/main/resources/application.properties:[3,13] (port-range) port 70000 is above 65535: a port must be an integer in 0..65535')
assert log.contains('portcheck found 1 finding at or above severity error')
assert !log.contains('Exception:') && !log.contains('\tat ')
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/portcheck/portcheck.json'))
assert json.findings.size() == 1 && json.findings[0].rule == 'port-range' && json.findings[0].line == 3
