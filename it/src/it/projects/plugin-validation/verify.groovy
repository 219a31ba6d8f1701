// Maven's plugin validation (3.9 and 4) reports nothing about portcheck
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
def issues = log.readLines().findAll { it.contains('portcheck-maven-plugin') && it =~ /(?i)warn|validation|deprecated/ }
assert issues.isEmpty() : issues
assert !log.contains('Plugin validation issues were detected')
