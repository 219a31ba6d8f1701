def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
def lines = log.readLines().findAll { it.contains('(shared-host-port)') }
assert lines.size() == 1 : lines
def line = lines[0]
assert line.startsWith('[WARNING] src/main/resources/application.properties:[2,13] (shared-host-port)')
assert line.contains('module orders') && line.contains('module billing')
// shipping listens on the same port, but ships as an image (its Dockerfile): its own container.
assert !log.readLines().any { it.contains('(shared-host-port)') && it.contains('shipping') }
