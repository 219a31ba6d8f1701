def log = new File(basedir, 'build.log').text
// three files: the two application files and the invoker.properties that the IT runner copies in
def runs = log.readLines().findAll { it.contains('portcheck: incremental index:') }
assert runs.size() == 3 : runs
assert runs[0].contains('3 files scanned, 0 unchanged')
assert runs[0] =~ /; analysis \d+ ms/
// nothing changed: nothing parsed again
assert runs[1].contains('0 files scanned, 3 unchanged')
// a setting that changes results discards the index
assert runs[2].contains('3 files scanned, 0 unchanged')
assert new File(basedir, 'target/portcheck/portcheck-index.bin').isFile()
