def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('[WARNING] src/main/resources/application.properties:[2,24] (privileged-port)')
def a = new groovy.json.JsonSlurper().parse(new File(basedir, 'service-a/target/portcheck/portcheck.json'))
def b = new groovy.json.JsonSlurper().parse(new File(basedir, 'service-b/target/portcheck/portcheck.json'))
assert a.module == 'service-a' && a.ports*.ports == [[8081]]
assert b.module == 'service-b' && b.ports.size() == 2
// the parent does not scan its modules' files a second time
def parent = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/portcheck/portcheck.json'))
assert parent.ports.isEmpty()
