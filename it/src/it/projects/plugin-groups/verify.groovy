def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] src/main/resources/application.properties:[1,13] (port-range) port 70000 is above 65535')
assert new File(basedir, 'target/portcheck/portcheck.json').isFile()
