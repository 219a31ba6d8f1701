def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
def page = new File(basedir, 'target/reports/portcheck.html')
assert page.isFile() : 'portcheck:report wrote no page'
def html = page.text
assert html.contains('port 70000 is above 65535')
assert html.contains('spring.datasource.url')
assert html.contains('<svg id="portmap"')
// the findings' structure of portcheck.html: counts per rule and severity, groups by rule and
// file, errors and warnings before the infos
assert html.contains('<th>Rule</th>') && html.contains('<td>all rules</td>')
int errors = html.indexOf('<h3>port-range: 1 error</h3>')
int infos = html.indexOf('<h2>Infos: 1 info</h2>')
assert errors > 0 && infos > errors
assert html.indexOf('<h3>unresolved-port: 1 info</h3>') > infos
assert html.contains('<b>src/main/resources/application.properties</b> (1)')
