// A -T 2 build gives byte-identical reports and the same logged findings as a serial one.
def log = new File(basedir, 'build.log').text
def runs = log.split(/Reactor Summary/)
assert runs.size() == 3 : 'expected two builds in build.log'
def findingLines = { String text -> text.readLines().findAll { it =~ /^\[(ERROR|WARNING|INFO)\] \S+:\[\d+,\d+\] \(/ }.sort() }
def serial = findingLines(runs[0])
def parallel = findingLines(runs[1])
assert serial.size() > 30
assert serial == parallel
assert serial.count { it.contains('(shared-host-port)') } == parallel.count { it.contains('(shared-host-port)') }
assert serial.any { it.contains('(shared-host-port)') }
// the last module in reactor order reports the reactor-wide clashes, however the build ran
['serial', 'parallel'].each { run ->
  def last = new groovy.json.JsonSlurper().parse(new File(basedir, "module-20/target/$run/portcheck.json"))
  assert last.findings.any { it.rule == 'shared-host-port' }
  def first = new groovy.json.JsonSlurper().parse(new File(basedir, "module-01/target/$run/portcheck.json"))
  assert !first.findings.any { it.rule == 'shared-host-port' }
}
(1..20).each { i ->
  def dir = new File(basedir, String.format('module-%02d/target', i))
  ['portcheck.json', 'portcheck.sarif'].each { name ->
    def a = new File(dir, "serial/$name").bytes
    def b = new File(dir, "parallel/$name").bytes
    assert a.length > 0 && a == b : "module $i $name differs between serial and -T 2 builds"
  }
}
true
