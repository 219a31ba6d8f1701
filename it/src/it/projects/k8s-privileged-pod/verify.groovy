// containerPort 80: where the pod's process runs as non-root with every capability dropped it
// cannot bind it on runtimes that keep the kernel default (a warning); elsewhere whether it may
// depends on the runtime, which one info per module says.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
def priv = log.readLines().findAll { it.contains('(privileged-port)') && it.startsWith('[WARNING]') }
assert priv.size() == 1 : priv
assert priv[0].startsWith('[WARNING] locked.yaml:[14,26] (privileged-port) container port 80 (system range 0-1023) of a process that runs as non-root with every capability dropped')
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/portcheck/portcheck.json'))
def info = json.findings.findAll { it.rule == 'privileged-port' && it.severity == 'info' }
assert info.collect { [it.file, it.line] } == [['web.yaml', 12]] : info
assert info[0].message.contains('ip_unprivileged_port_start')
assert log.contains('[INFO] web.yaml:[12,26] (privileged-port) container port 80 (system range 0-1023): a non-root process binds such a port only where the runtime lowers')
