// Publishing host port 53 meets systemd-resolved's stub resolver; binding another host address
// does not; the container's own port 80 is nobody's business but the container's.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
def wk = log.readLines().findAll { it.contains('(well-known-port)') }
assert wk == ['[WARNING] docker-compose.yml:[5,10] (well-known-port) publishes host port 53/udp (system range 0-1023): on hosts running systemd-resolved (Ubuntu, Fedora) 127.0.0.53:53 is taken; bind another host address or free the stub resolver (DNSStubListener=no)'] : wk
assert !log.contains('(privileged-port)')
