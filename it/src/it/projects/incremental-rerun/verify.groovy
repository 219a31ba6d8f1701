def log = new File(basedir, 'build.log').text
// three files: the two application files and the invoker.properties that the IT runner copies in
def runs = log.readLines().findAll { it.contains('portcheck: incremental index:') }
assert runs.size() == 3 : runs
assert runs[0].contains('3 files scanned, 0 unchanged')
assert runs[0] =~ /; analysis \d+ ms/
// nothing changed: nothing parsed again, and the findings stored by the first run are taken
// (setup.groovy dates the files an hour back, so their size and time are trusted)
assert runs[1].contains('0 files scanned, 3 unchanged (stored findings)')
assert new File(basedir, 'target/portcheck/portcheck-index.bin.findings').isFile()
// a setting that changes results discards the index
assert runs[2].contains('3 files scanned, 0 unchanged')
assert new File(basedir, 'target/portcheck/portcheck-index.bin').isFile()
// the unchanged run leaves the reports the first one wrote; the changed setting writes them again
def reports = log.readLines().findAll {
  it.contains('portcheck: report written to') || it.contains('portcheck: reports in')
}
assert reports.size() == 3 : reports
assert reports[0].contains('portcheck: report written to')
assert reports[1] == '[INFO] portcheck: reports in target/portcheck are current'
assert reports[2].contains('portcheck: report written to')
assert new File(basedir, 'target/portcheck/portcheck-reports.stamps').isFile()
