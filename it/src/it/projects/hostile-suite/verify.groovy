import java.security.MessageDigest
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
// the lines Maven and portcheck printed, without the class loading trace
def classLoad = ~/\[class,load\s*\] /
def printed = log.readLines().findAll { !(it =~ classLoad) }.join('\n')
assert !printed.contains('Exception') && !printed.contains('\tat ') && !printed.contains('OutOfMemoryError')

// read-only: every file has the checksum and timestamp it had before the build
def before = new File(basedir, 'target/before.tsv').readLines()
assert before.size() > 15
before.each { line ->
  def (path, sum, modified) = line.split('\t')
  def f = new File(path)
  assert f.isFile() : "$path vanished"
  assert MessageDigest.getInstance('SHA-256').digest(f.bytes).encodeHex().toString() == sum : "$path changed"
  assert f.lastModified() == modified as long : "$path touched"
}

// no code execution, no network: the classes the YAML tags name were never loaded, nor sockets
def loaded = log.readLines().findAll { it =~ classLoad }
assert loaded.size() > 1000 : 'class loading was not traced'
assert !loaded.any { it.contains('javax.script.') } : loaded.findAll { it.contains('javax.script.') }
// Counted from the first portcheck class on: the JVM and Maven may load socket classes at start-up
// (Java 25 maps some from its class data archive), portcheck must not make any load.
def start = loaded.findIndexOf { it.contains('] dev.portcheck.') }
assert start > 0 : 'portcheck classes were not traced'
def network = loaded.drop(start).findAll { it =~ /\[class,load\s*\] (java\.net\.(Socket|ServerSocket|DatagramSocket)|sun\.nio\.ch\.(SocketChannelImpl|DatagramChannelImpl)|sun\.net\.www\.protocol\.https?\.\w*HttpURLConnection) / }
assert network.isEmpty() : network

// every hostile file answered with a located finding or a documented skip
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/portcheck/portcheck.json'))
def rulesAt = { String file -> json.findings.findAll { it.file == "src/main/resources/$file" }*.rule }
assert rulesAt('alias-bomb.yml').contains('parse-error')
assert rulesAt('deep-nesting.yml').contains('parse-error')
assert rulesAt('too-many-code-points.yml') == ['parse-error']
assert rulesAt('tabs.yml').contains('parse-error')
assert rulesAt('unclosed.yml').contains('parse-error')
assert rulesAt('duplicate-keys.yml').containsAll(['duplicate-key', 'repeated-port-key'])
assert rulesAt('script-tag.yml') == ['port-range']
// an anchored port is reported once per use, at each alias (lines 4 and 6)
assert json.findings.findAll { it.file == 'src/main/resources/anchors.yml' && it.rule == 'privileged-port' }*.line == [4, 6]
assert rulesAt('bom.yml') == ['port-range']
assert json.findings.find { it.file == 'src/main/resources/bom.yml' }.line == 2
assert rulesAt('empty.yml').isEmpty() && rulesAt('comments.yml').isEmpty()
assert rulesAt('latin1.properties').containsAll(['parse-error', 'port-range'])
// \u0038080 is 8080; the 99999 on the continuation line is found where it is written
assert json.findings.findAll { it.file == 'src/main/resources/escapes.properties' && it.rule == 'port-range' }
    .collect { [it.line, it.column] } == [[3, 17]]
assert rulesAt('binary.yml') == ['file-skipped']
assert rulesAt('dir with spaces/ünïcødé/application.properties') == ['port-range']
assert json.findings.any { it.message.contains('symbolic link loop') }
json.findings.each { assert it.line >= 1 && it.column >= 1 }
true
