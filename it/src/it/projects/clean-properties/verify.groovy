def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('portcheck: 1 files scanned, 2 ports found, 0 errors, 0 warnings, 0 info')
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/portcheck/portcheck.json'))
def server = json.ports.find { it.key == 'server.port' }
assert server.file == 'src/main/resources/application.properties'
assert server.line == 3 && server.column == 13
assert server.ports == [8080] && server.role == 'listen' && server.raw == '8080'
def db = json.ports.find { it.key == 'spring.datasource.url' }
assert db.ports == [5432] && db.role == 'connect'
assert json.findings.isEmpty()
