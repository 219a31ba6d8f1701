// A remote cache over HTTP: a small server on the loopback address (the JDK's HttpServer, GET, PUT
// and HEAD on an in-memory store); a first checkout uploads its build, a second checkout with a
// local cache of its own downloads it and is a hit that restores target/portcheck.
import com.sun.net.httpserver.HttpServer
import java.util.concurrent.ConcurrentHashMap

def CacheBuilds = evaluate(new File(basedir, '../../../src/it/build-cache/builds.groovy'))
def builds = CacheBuilds.newInstance(basedir, mavenHome, localRepositoryPath.toString())

Map<String, byte[]> store = new ConcurrentHashMap<>()
List<String> requests = Collections.synchronizedList([])
HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0)
server.createContext('/') { exchange ->
  String path = exchange.requestURI.path
  String method = exchange.requestMethod
  requests << "$method $path".toString()
  byte[] body = store.get(path)
  if (method == 'PUT') {
    store.put(path, exchange.requestBody.bytes)
    exchange.sendResponseHeaders(201, -1)
  } else if (body == null) {
    exchange.sendResponseHeaders(404, -1)
  } else if (method == 'HEAD') {
    exchange.responseHeaders.add('Content-Length', String.valueOf(body.length))
    exchange.sendResponseHeaders(200, -1)
  } else if (method == 'GET') {
    exchange.sendResponseHeaders(200, body.length)
    exchange.responseBody.write(body)
  } else {
    exchange.sendResponseHeaders(405, -1)
  }
  exchange.close()
}
server.start()
try {
  String url = "http://127.0.0.1:${server.address.port}/cache"
  def remote = ["-Dmaven.build.cache.remote.url=$url", '-Dmaven.build.cache.remote.enabled=true',
                '-Dmaven.build.cache.remote.save.enabled=true']*.toString()

  // the remote cache is not used offline: these two builds run online against the IT's
  // file repository, which already holds everything they need
  def first = builds.checkout('first', builds.cachedConfig())
  def uploaded = builds.run('1-upload', first, builds.cache('first'), remote, false)
  assert uploaded.exit == 0 : uploaded.log
  assert uploaded.log.contains('portcheck: 3 files scanned')
  assert requests.any { it.startsWith('PUT /cache/') && it.endsWith('buildinfo.xml') } : requests
  int uploads = requests.count { it.startsWith('PUT ') && it.endsWith('buildinfo.xml') }

  def second = builds.checkout('second', builds.cachedConfig())
  def downloaded = builds.run('2-download', second, builds.cache('second'), remote, false)
  assert downloaded.exit == 0 : downloaded.log
  assert downloaded.log.contains('Found cached build, restoring')
  assert downloaded.log.contains('Skipping plugin execution (cached): portcheck:verify')
  assert requests.any { it.startsWith('GET /cache/') && it.endsWith('buildinfo.xml') } : requests
  // a hit uploads no build (only the extension's build-cache-report.xml)
  assert requests.count { it.startsWith('PUT ') && it.endsWith('buildinfo.xml') } == uploads : requests
  assert new File(second, 'target/portcheck/portcheck.json').isFile()
} finally {
  server.stop(0)
}
