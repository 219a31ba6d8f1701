// A build cached with -Dportcheck.skip=true is not reused by a normal build: the documented
// reconcile rule makes the extension run the module again, and portcheck with it.
def CacheBuilds = evaluate(new File(basedir, '../../../src/it/build-cache/builds.groovy'))
def builds = CacheBuilds.newInstance(basedir, mavenHome, localRepositoryPath.toString())
def cache = builds.cache('local')
def dir = builds.checkout('project', builds.cachedConfig())

def skipped = builds.run('1-skipped', dir, cache, ['-Dportcheck.skip=true'])
assert skipped.exit == 0 : skipped.log
assert skipped.log.contains('portcheck: skipped (portcheck.skip=true)')
assert skipped.log =~ /Saved Build to local file/

new File(dir, 'target').deleteDir()
def checked = builds.run('2-checked', dir, cache)
assert checked.exit == 0 : checked.log
assert checked.log.contains('Plugin parameter mismatch found. Parameter: skip, expected: true, actual: false')
assert checked.log.contains('portcheck: 3 files scanned')
