def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] src/main/resources/application.properties:[2,18] (duplicate-port) port 9090 (registered range 1024-49151)/tcp is already bound by src/main/resources/application.properties:1 server.port')
