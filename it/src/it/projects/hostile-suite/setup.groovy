// Writes the hostile files (large ones are generated, never committed) and records a checksum and
// timestamp of every file, so verify.groovy can prove portcheck wrote to none of them.
import java.security.MessageDigest
def res = new File(basedir, 'src/main/resources')
res.mkdirs()
def w = { String name, String text -> new File(res, name).setText(text, 'UTF-8') }
def alias = new StringBuilder('a: &a ["x","x","x","x","x","x","x","x","x"]\n')
('b'..'i').eachWithIndex { c, i ->
  def prev = i == 0 ? 'a' : ('b'..'i')[i - 1]
  alias << "${c}: &${c} [" << (["*${prev}"] * 9).join(',') << ']\n'
}
w('alias-bomb.yml', alias.toString())
w('deep-nesting.yml', 'a: ' + '[' * 10000 + ']' * 10000 + '\n')
w('too-many-code-points.yml', 'a: "' + 'x' * (3 * 1024 * 1024 + 10) + '"\n')
w('tabs.yml', 'server:\n\tport: 8080\n')
w('unclosed.yml', 'a: "open\nb: [1, 2\n')
w('duplicate-keys.yml', 'server:\n  port: 8080\n  port: 9090\n')
w('script-tag.yml', 'x: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://localhost:1/"]]]]\nserver:\n  port: 70000\n')
w('anchors.yml', 'base: &base\n  port: 22\nweb:\n  <<: *base\nadmin:\n  <<: *base\n')
new File(res, 'bom.yml').bytes = ([0xEF, 0xBB, 0xBF] + ('server:\r\n  port: 99999\r\n'.bytes as List)) as byte[]
w('empty.yml', '')
w('comments.yml', '# only a comment\n')
new File(res, 'latin1.properties').bytes = 'name=caf\u00e9\nserver.port=70001\n'.getBytes('ISO-8859-1')
w('long-line.properties', 'x=' + '9' * (1024 * 1024) + '\nserver.port=8080\n')
w('escapes.properties', 'server.port=\\u0038080\nlisteners=PLAINTEXT://:9092,\\\n  CONTROLLER://:99999\nmy\\=key=1\n')
new File(res, 'binary.yml').bytes = [0x61, 0x3a, 0x20, 0, 1, 2, 3] as byte[]
def dir = new File(res, 'dir with spaces/ünïcødé')
dir.mkdirs()
new File(dir, 'application.properties').text = 'server.port=-5\n'
java.nio.file.Files.createSymbolicLink(new File(res, 'loop').toPath(), res.toPath())

def sums = new StringBuilder()
// walk without following links (the loop above), skipping the build's own output
java.nio.file.Files.walk(basedir.toPath()).filter { java.nio.file.Files.isRegularFile(it, java.nio.file.LinkOption.NOFOLLOW_LINKS) }.forEach { p ->
  def f = p.toFile()
  def rel = basedir.toPath().relativize(p).toString()
  if (!rel.startsWith('target') && f.name != 'build.log') {
    def md = MessageDigest.getInstance('SHA-256').digest(f.bytes).encodeHex().toString()
    sums << "${f.path}\t${md}\t${f.lastModified()}\n"
  }
}
new File(basedir, 'target').mkdirs()
new File(basedir, 'target/before.tsv').text = sums.toString()
true
