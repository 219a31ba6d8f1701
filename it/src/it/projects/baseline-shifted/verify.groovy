def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('accepts 2 findings; 0 baseline entries are now fixed')
assert !log.contains('(port-range)')
