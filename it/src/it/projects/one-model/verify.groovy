// One model: what the wiring graph lists for each listener is what the port inventory and the
// port map list, at the same place, for a compose project whose ports all come from its .env and
// for Kubernetes containers that hand ports over in env name/value pairs.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
def out = new File(basedir, 'target/portcheck')
def json = new groovy.json.JsonSlurper().parse(new File(out, 'portcheck.json'))

// No port of the .env is "only known at run time": compose reads the .env, and so does portcheck.
assert !json.findings.any { it.rule == 'unresolved-port' } : json.findings
assert !log.contains('(unresolved-port)')

// Each compose service's port is in the inventory where compose.yaml uses it, taken from the .env.
def at = { file, key -> json.ports.find { it.file == file && it.key == key } }
assert at('shop/compose.yaml', 'services.cart.ports[0]').ports == [7070]
assert at('shop/compose.yaml', 'services.checkout.ports[0]').ports == [5050]
assert at('shop/compose.yaml', 'services.frontend.ports[0]').ports == [8080, 8080]
assert at('shop/compose.yaml', 'services.frontend.ports[0]').binding == 'host'
assert at('shop/compose.yaml', 'services.frontend.environment.CART_ADDR').ports == [7070]
// ...and names the .env line that defines it.
assert at('shop/compose.yaml', 'services.cart.ports[0]').definedAt ==
    [[variable: 'CART_PORT', file: 'shop/.env', line: 3, column: 11]]
assert at('shop/frontend/Dockerfile', 'EXPOSE 8080').ports == [8080]
assert at('k8s/catalog.yaml', 'spec.template.spec.containers[0].env[0].value').ports == [3550]
assert at('k8s/catalog.yaml', 'spec.template.spec.containers[0].env[0].value').key.endsWith('.value')

// Every port a node lists is a setting of the inventory at the very place the node names...
def nodes = json.wiring.nodes
assert nodes.size() >= 6 : nodes
nodes.each { n ->
  n.listeners.each { l ->
    assert json.ports.any { it.file == l.file && it.line == l.line && it.ports.contains(l.port) } :
        "${n.id} lists ${l.port} at ${l.file}:${l.line}, which the port inventory does not"
  }
  assert n.listeners*.port.toSet() == n.ports.toSet() : n
}
// ...and every port bound in a container or pod is a port of some node, at its file.
json.ports.findAll { it.role == 'listen' && it.binding in ['container', 'pod'] }.each { p ->
  p.ports.each { port ->
    assert nodes.any { n -> n.listeners.any { it.file == p.file && it.port == port } } :
        "${p.file}:${p.line} ${p.key} binds ${port} on no node of the graph"
  }
}
// Ports that only an image's documentation gives (redis on 6379) are said apart.
def redis = nodes.find { it.name == 'redis' }
assert redis.ports.isEmpty() && redis.imagePorts == [6379] : redis

// The clients reach their listeners at the ports the .env gives.
def edges = json.wiring.edges
assert edges.any { it.to.endsWith('cart') && it.port == 7070 && it.state == 'ok' } : edges
assert edges.any { it.to.endsWith('checkout') && it.port == 5050 && it.state == 'ok' } : edges

// The port map of portcheck.html shows each service's port.
def html = new File(out, 'portcheck.html').text
def map = html.substring(html.indexOf('<svg id="portmap"'))
map = map.substring(0, map.indexOf('</svg>'))
[7070, 5050, 8080, 3550].each { assert map.contains(">${it}<") || map.contains(">${it} ") || map.contains(":${it}") : "port map lacks ${it}" }
true
