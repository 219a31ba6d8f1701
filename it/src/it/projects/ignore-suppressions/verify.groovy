def log = new File(basedir, 'build.log').text
assert log.contains('[WARNING] src/main/resources/application.properties:[2,13] (privileged-port)')
assert log.contains('portcheck found 1 finding at or above severity warning')
