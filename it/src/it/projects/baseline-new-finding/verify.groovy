def log = new File(basedir, 'build.log').text
assert log.contains('accepts 1 finding; 1 baseline entry is now fixed')
assert log.contains('[ERROR] src/main/resources/application.properties:[2,18] (port-range) port 99999 is above 65535')
assert !log.contains('(privileged-port)')
