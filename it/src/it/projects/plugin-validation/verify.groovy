// Maven's plugin validation (3.9 and 4) reports nothing about portcheck
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
def warnings = log.readLines().findAll { it.startsWith('[WARNING]') && it.contains('portcheck') }
assert warnings.isEmpty() : warnings
assert !log.contains('Plugin validation issues were detected')
