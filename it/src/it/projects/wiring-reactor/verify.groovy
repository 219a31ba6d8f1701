def log = new File(basedir, 'build.log').text.readLines()
def listen = log.findAll { it.contains('(app-listen-port)') }
assert listen.size() == 1 : listen
assert listen[0].startsWith('[WARNING] src/main/resources/application.yml:[2,9] (app-listen-port) the application listens on 8081') : listen
assert listen[0].contains('../docker-compose.yml:7') && listen[0].contains('../app/Dockerfile:2') : listen
def client = log.findAll { it.contains('(app-client-port)') }
assert client.size() == 1 && client[0].contains('config:8887') && client[0].contains('../config/Dockerfile:2') : client
