def log = new File(basedir, 'build.log').text
// allowedPorts silences 703; ephemeral-port is disabled by the file; the pom's severity wins
assert !log.contains('(privileged-port)')
assert !log.contains('(ephemeral-port)')
assert log.contains('[ERROR] src/main/resources/application.properties:[2,19] (special-port)')
assert log.contains('portcheck found 1 finding at or above severity warning')
