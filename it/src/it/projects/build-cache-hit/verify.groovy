// A clean build saves to the cache; an unchanged build is a hit that restores target/portcheck; a
// second checkout of the project with the same cache location is a hit too (the cache as CI
// machines share it), and the incremental index restored with the reports serves a moved checkout.
def CacheBuilds = evaluate(new File(basedir, '../../../src/it/build-cache/builds.groovy'))
def builds = CacheBuilds.newInstance(basedir, mavenHome, localRepositoryPath.toString())
def cache = builds.cache('shared')
def first = builds.checkout('first', builds.cachedConfig())

def saved = builds.run('1-clean', first, cache)
assert saved.exit == 0 : saved.log
assert saved.log.contains('portcheck: 3 files scanned')
assert saved.log =~ /Saved Build to local file: .*buildinfo\.xml/
assert !saved.log.contains('does not hash') : 'the documented inputs cover every checked file'

new File(first, 'target').deleteDir()
def hit = builds.run('2-unchanged', first, cache)
assert hit.exit == 0 : hit.log
assert hit.log.contains('Found cached build, restoring')
assert hit.log.contains('Skipping plugin execution (cached): portcheck:verify')
assert !hit.log.contains('portcheck: 3 files scanned')
assert new File(first, 'target/portcheck/portcheck.json').isFile()
assert new File(first, 'target/portcheck/portcheck-index.bin').isFile()

def second = builds.checkout('second', builds.cachedConfig())
def shared = builds.run('3-second-checkout', second, cache)
assert shared.exit == 0 : shared.log
assert shared.log.contains('Found cached build, restoring')
assert new File(second, 'target/portcheck/portcheck.json').text ==
    new File(first, 'target/portcheck/portcheck.json').text

// The index restored from the cache serves portcheck in a moved checkout. With runAlways (the
// documented configuration) a hit runs portcheck on the restored target/portcheck: every file is
// found by its content hash, none is parsed again. (On a miss the extension moves the old
// target/portcheck aside before the build, so portcheck starts without an index there.)
def always = builds.cache('always')
def writer = builds.checkout('always-first', builds.documentedConfig())
def written = builds.run('4-always-first', writer, always)
assert written.exit == 0 : written.log
assert written.log.contains('portcheck: incremental index: 3 files scanned, 0 unchanged')
def moved = builds.checkout('always-second', builds.documentedConfig())
def reused = builds.run('5-always-moved', moved, always)
assert reused.exit == 0 : reused.log
assert reused.log.contains('Found cached build, restoring')
assert reused.log.contains('portcheck: incremental index: 0 files scanned, 3 unchanged') : reused.log
