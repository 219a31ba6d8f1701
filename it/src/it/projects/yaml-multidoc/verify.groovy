def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] src/main/resources/application.yml:[9,9] (port-range) port 99999 is above 65535')
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/portcheck/portcheck.json'))
def prod = json.ports.find { it.line == 9 }
assert prod.document == 1 && prod.profile == 'prod' && prod.ports == [99999]
