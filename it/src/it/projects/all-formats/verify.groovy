import javax.imageio.ImageIO

def out = new File(basedir, 'target/portcheck')
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
['portcheck.json', 'portcheck.sarif', 'portcheck-checkstyle.xml', 'portcheck.html'].each {
  assert new File(out, it).isFile() : "missing report $it"
  assert log.contains("portcheck: report written to ${new File(out, it).path}")
}
def json = new groovy.json.JsonSlurper().parse(new File(out, 'portcheck.json'))
assert json.findings.size() >= 5

def sarif = new groovy.json.JsonSlurper().parse(new File(out, 'portcheck.sarif'))
assert sarif.version == '2.1.0'
assert sarif.runs[0].results.size() == json.findings.size()
assert sarif.runs[0].results.every { it.partialFingerprints['portcheck/v1'] ==~ /[0-9a-f]{64}/ }

def checkstyle = new groovy.xml.XmlParser().parse(new File(out, 'portcheck-checkstyle.xml'))
assert checkstyle.file.error.size() == json.findings.size()

// The HTML page in a real headless Chromium: every finding in the DOM, the filter script ran,
// and the screenshot is a picture, not a blank page.
def chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find { new File(it).canExecute() }
if (chromium == null) {
  assert System.getenv('CI') != 'true' : 'chromium is missing: .ci/run installs the Debian package chromium'
  println 'portcheck IT: chromium not installed, browser check of portcheck.html skipped (install the Debian package chromium to run it)'
  return true
}
def html = new File(out, 'portcheck.html')
def run = evaluate(new File(basedir, '../../../src/it/chromium.groovy'))(chromium)
def dom = run(['--virtual-time-budget=3000', '--dump-dom', html.toURI().toString()])
def escape = { String s -> s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;') }
json.findings.each { f -> assert dom.contains(escape(f.message)) : "finding not in the page: ${f.message}" }
assert dom =~ /<span id="shown">${json.findings.size()} of ${json.findings.size()} shown<\/span>/
assert dom.contains('<svg id="portmap"')

def png = new File(out, 'portmap.png')
run(["--screenshot=${png}", html.toURI().toString()])
assert png.isFile() : 'no screenshot'
def image = ImageIO.read(png)
def colours = [] as Set
int nonWhite = 0
for (int y = 0; y < image.height; y += 4) {
  for (int x = 0; x < image.width; x += 4) {
    int rgb = image.getRGB(x, y) & 0xffffff
    colours << rgb
    if (rgb != 0xffffff) nonWhite++
  }
}
assert colours.size() > 20 : "screenshot looks blank (${colours.size()} colours)"
assert nonWhite > 1000
println "portcheck IT: screenshot of portcheck.html at ${png} (${colours.size()} colours)"
true
