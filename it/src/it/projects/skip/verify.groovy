def log = new File(basedir, 'build.log').text
assert log.contains('portcheck: skipped (portcheck.skip=true)')
assert log.contains('BUILD SUCCESS')
assert !new File(basedir, 'target/portcheck/portcheck.json').exists()
