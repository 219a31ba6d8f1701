import groovy.json.JsonSlurper

// portcheck.html of a compose + Kubernetes sample, measured in headless Chromium at 1280 px:
// the findings' groups and counts equal portcheck.json, the page is no wider than the window,
// no two port labels of the map overlap, and every in-page link lands. The log ends with the
// summary and holds no infos (portcheck.verbose is off).
def out = new File(basedir, 'target/portcheck')
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
def json = new JsonSlurper().parse(new File(out, 'portcheck.json'))
def findings = json.findings
def rules = findings.collect { it.rule }.unique().sort()
assert rules.size() >= 6 : rules
assert json.wiring.edges.any { it.state == 'broken' }

// the log: errors and warnings, no infos, then counts per rule and the files with most findings
def lines = log.readLines()
def logged = lines.findAll { it =~ /^\[(ERROR|WARNING|INFO)\] \S+:\[\d+,\d+\] \(/ }
assert logged.size() == findings.count { it.severity != 'info' }
assert !logged.any { it.startsWith('[INFO]') }
int summary = lines.findIndexOf { it == '[INFO] portcheck: findings per rule:' }
assert summary > 0 && summary > lines.findLastIndexOf { it =~ /\(\S+\) / }
rules.each { rule ->
  def mine = findings.findAll { it.rule == rule }
  def parts = ['error', 'warning', 'info'].collect { s ->
    int n = mine.count { it.severity == s }
    n == 0 ? null : "${n} ${s}${n == 1 ? '' : 's'}"
  }.findAll()
  assert lines.any { it ==~ /\[INFO\]   ${rule} +${parts.join(', ')}/ } : "summary line of ${rule}"
}
def perFile = findings.countBy { it.file }.sort { a, b -> b.value <=> a.value ?: a.key <=> b.key }
def top = perFile.take(3).collect { k, v -> "${k} ${v}" }.join(', ')
assert lines.contains("[INFO] portcheck: files with the most findings: ${top}".toString())
int infos = findings.count { it.severity == 'info' }
assert log.contains("portcheck: ${infos} ${infos == 1 ? 'info' : 'infos'} not logged above")

def chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find { new File(it).canExecute() }
if (chromium == null) {
  assert System.getenv('CI') != 'true' : 'chromium is missing: .ci/run installs the Debian package chromium'
  println 'portcheck IT: chromium not installed, browser checks of portcheck.html skipped (install the Debian package chromium to run them)'
  return true
}

// A copy of the page with a script that measures it after layout and writes the result into the
// DOM, which --dump-dom prints. The report itself carries no test code.
def measure = '''
<script>
(function(){
  function box(e){var r=e.getBoundingClientRect();return {l:r.left,t:r.top,r:r.right,b:r.bottom};}
  function overlaps(list){
    var pairs=[];
    for(var i=0;i<list.length;i++){for(var j=i+1;j<list.length;j++){
      var a=list[i].box,b=list[j].box;
      if(a.l<b.r-0.5&&b.l<a.r-0.5&&a.t<b.b-0.5&&b.t<a.b-0.5){pairs.push([list[i].port,list[j].port]);}
    }}
    return pairs;
  }
  var m={};
  var root=document.documentElement;
  m.scrollWidth=root.scrollWidth; m.clientWidth=root.clientWidth; m.innerWidth=window.innerWidth;
  m.bodyScrollWidth=document.body.scrollWidth;
  m.wide=[].filter.call(document.querySelectorAll('body *'),function(e){
    return e.getBoundingClientRect().right>root.clientWidth+0.5;}).map(function(e){return e.tagName+'#'+e.id+'.'+e.className;}).slice(0,5);
  var svg=document.getElementById('portmap').getBoundingClientRect();
  m.map={l:svg.left,r:svg.right};
  m.labels=[].map.call(document.querySelectorAll('#portmap text.num'),function(t){return {port:t.textContent,box:box(t)};});
  m.chips=[].map.call(document.querySelectorAll('#portmap rect.chip'),function(c){return {port:c.parentNode.getAttribute('data-port'),box:box(c)};});
  m.labelOverlaps=overlaps(m.labels);
  m.chipOverlaps=overlaps(m.chips);
  m.groups=[].map.call(document.querySelectorAll('#findings .rule-group'),function(g){
    return {id:g.id,rule:g.dataset.rule,count:+g.dataset.count,items:g.querySelectorAll('.finding').length,
      inInfos:!!g.closest('#infos'),files:[].map.call(g.querySelectorAll('.file-group'),function(f){
        return {count:+f.dataset.count,items:f.querySelectorAll('.finding').length};})};});
  m.findings=[].map.call(document.querySelectorAll('#findings .finding'),function(li){
    var w=li.querySelector('a.to-wiring'), p=li.querySelector('a.where');
    var edge=w&&document.getElementById(w.getAttribute('href').substring(1));
    var port=p&&document.getElementById(p.getAttribute('href').substring(1));
    return {rule:li.dataset.rule,severity:li.dataset.severity,inInfos:!!li.closest('#infos'),
      visible:li.checkVisibility?li.checkVisibility():li.getBoundingClientRect().height>0,
      edge:w?(edge?edge.getAttribute('class'):'missing'):null,port:p?(port?port.tagName:'missing'):null};});
  m.counts=[].map.call(document.querySelectorAll('#finding-counts tbody tr'),function(tr){
    var o={rule:tr.dataset.rule};
    tr.querySelectorAll('td[data-severity]').forEach(function(td){o[td.dataset.severity]=+(td.textContent||0);});
    return o;});
  m.brokenEdgeLinks=[].map.call(document.querySelectorAll('#wiring a'),function(a){
    var t=document.getElementById(a.getAttribute('href').substring(1));return t?t.className:'missing';});
  m.infosOpen=!!(document.getElementById('infos')||{}).open;
  m.scale=document.body.textContent.indexOf('Scale: piecewise linear')>=0;
  var pre=document.createElement('pre');pre.id='measurements';pre.style.display='none';
  pre.textContent=JSON.stringify(m);document.body.appendChild(pre);
})();
</script>
'''
def page = new File(out, 'portcheck.html')
def measured = new File(out, 'measure.html')
measured.text = page.text.replace('</body>', measure + '</body>')

def run = evaluate(new File(basedir, '../../../src/it/chromium.groovy'))(chromium)
def dom = run(['--run-all-compositor-stages-before-draw', '--virtual-time-budget=3000', '--dump-dom',
               measured.toURI().toString()])
def raw = (dom =~ /(?s)<pre id="measurements"[^>]*>(.*?)<\/pre>/)
assert raw.find() : 'the measuring script wrote nothing'
def m = new JsonSlurper().parseText(raw.group(1).replace('&lt;', '<').replace('&gt;', '>').replace('&amp;', '&'))
new File(out, 'measurements.json').text = groovy.json.JsonOutput.prettyPrint(groovy.json.JsonOutput.toJson(m))

// the page is as wide as the window: nothing scrolls sideways at 1280 px
assert m.innerWidth == 1280
assert m.scrollWidth == m.clientWidth : "page ${m.scrollWidth} px wide in a ${m.clientWidth} px window: ${m.wide}"
assert m.clientWidth >= 1280 - 20
assert m.wide.isEmpty() : m.wide

// counts per rule and severity: the table, the groups and the items equal portcheck.json
assert m.counts*.rule.sort() == rules
m.counts.each { c ->
  ['error', 'warning', 'info'].each { s ->
    assert c[s] == findings.count { it.rule == c.rule && it.severity == s } : "${c.rule} ${s}"
  }
}
assert m.findings.size() == findings.size()
rules.each { rule ->
  ['error', 'warning', 'info'].each { s ->
    assert m.findings.count { it.rule == rule && it.severity == s } == findings.count { it.rule == rule && it.severity == s }
  }
  def serious = m.groups.find { it.rule == rule && !it.inInfos }
  def info = m.groups.find { it.rule == rule && it.inInfos }
  assert (serious?.count ?: 0) == findings.count { it.rule == rule && it.severity != 'info' }
  assert (info?.count ?: 0) == findings.count { it.rule == rule && it.severity == 'info' }
}
m.groups.each { g ->
  assert g.count == g.items
  assert g.files.every { it.count == it.items }
  assert g.files.sum { it.count } == g.count
}
// errors and warnings first and shown; infos collapsed (not rendered until opened)
assert m.findings.findAll { it.severity != 'info' }.every { !it.inInfos && it.visible }
assert !m.infosOpen
assert m.findings.findAll { it.severity == 'info' }.every { it.inInfos && !it.visible }
int firstInfo = m.findings.findIndexOf { it.severity == 'info' }
assert firstInfo < 0 || m.findings.drop(firstInfo).every { it.severity == 'info' }

// links: findings to their row of the ports table, wiring findings to their broken edge and back
assert m.findings.every { it.port == null || it.port == 'TR' }
assert m.findings.count { it.port == 'TR' } >= findings.size() - 1
def wiringRules = ['service-target-port', 'compose-client-port']
wiringRules.each { r ->
  assert m.findings.findAll { it.rule == r }.every { it.edge != null && it.edge.contains('broken') } : r
}
assert !m.brokenEdgeLinks.isEmpty() && m.brokenEdgeLinks.every { it.contains('finding') }

// the map: close ports each labelled, no two labels or chips overlapping, all inside the map
['8080', '8081', '8082', '80', '81', '82'].each { p -> assert m.labels.any { it.port == p } : "no label for ${p}" }
assert m.labels.count { it.port in ['8080', '8081', '8082'] } >= 6 // the host row and the pod
assert m.labelOverlaps.isEmpty() : "overlapping port labels: ${m.labelOverlaps}"
assert m.chipOverlaps.isEmpty() : "overlapping markers: ${m.chipOverlaps}"
assert m.labels.every { it.box.l >= m.map.l && it.box.r <= m.map.r }
assert m.scale

def png = new File(out, 'report-layout.png')
run(["--screenshot=${png}", page.toURI().toString()])
assert png.isFile() && png.length() > 10000
println "portcheck IT: ${m.labels.size()} port labels, none overlapping; page ${m.scrollWidth} px in a ${m.clientWidth} px window; screenshot ${png}"
true
