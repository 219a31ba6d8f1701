def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
def page = new File(basedir, 'target/reports/portcheck.html')
assert page.isFile() : 'portcheck:report wrote no page'
def html = page.text
assert html.contains('port 70000 is above 65535')
assert html.contains('spring.datasource.url')
assert html.contains('<svg id="portmap"')
