def log = new File(basedir, 'build.log').text
assert log.contains('[WARNING] src/main/resources/application.properties:[1,13] (privileged-port) listens on privileged port 703 (system range 0-1023)')
assert log.contains('BUILD SUCCESS')
