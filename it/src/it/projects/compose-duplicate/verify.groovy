def log = new File(basedir, 'build.log').text
def dup = log.readLines().findAll { it.contains('(duplicate-port)') }
assert dup.size() == 1 : dup
assert dup[0].startsWith('[ERROR] docker-compose.yml:[10,10] (duplicate-port) port 8080')
assert dup[0].contains('already bound by docker-compose.yml:5 services.orders.ports[0]')
