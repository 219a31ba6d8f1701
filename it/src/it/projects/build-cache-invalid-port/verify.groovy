// A port made invalid in k8s/deployment.yaml, then docker-compose.yml, then .env after a cached
// build: with the documented configuration every build runs portcheck and fails; with the
// extension's defaults (1.2.3 and 1.3.0) portcheck warns that these files are no cache inputs.
def CacheBuilds = evaluate(new File(basedir, '../../../src/it/build-cache/builds.groovy'))
def builds = CacheBuilds.newInstance(basedir, mavenHome, localRepositoryPath.toString())

// the configuration README shows is the one tested here
def readme = new File(basedir, '../../../../README.md').text
assert readme.contains(builds.documentedConfig().trim()) : 'README shows it/src/it/build-cache/maven-build-cache-config.xml'

def cache = builds.cache('documented')
def dir = builds.checkout('documented', builds.documentedConfig())
def clean = builds.run('1-clean', dir, cache)
assert clean.exit == 0 : clean.log
assert !clean.log.contains('does not hash')

def breakages = [
    'k8s/deployment.yaml': ['containerPort: 8080', 'containerPort: 70000'],
    'docker-compose.yml' : ['"8080:8080"', '"70000:8080"'],
    '.env'               : ['WEB_PORT=8080', 'WEB_PORT=70000']]
int step = 2
breakages.each { file, change ->
  File f = new File(dir, file)
  String good = f.text
  f.text = good.replace(change[0], change[1])
  def broken = builds.run("${step++}-invalid-${f.name}", dir, cache)
  assert broken.exit != 0 : broken.log
  assert broken.log.contains('--- portcheck:') : broken.log
  assert broken.log =~ /\[ERROR\] \Q${file}\E:\[\d+,\d+\]/ : broken.log
  assert broken.log.contains('BUILD FAILURE')
  f.text = good
}

['1.2.3', '1.3.0'].each { version ->
  def plain = builds.checkout("defaults-$version", null, version)
  def warned = builds.run("${step++}-defaults-$version", plain, builds.cache("defaults-$version"))
  assert warned.exit == 0 : warned.log
  def warnings = warned.log.readLines().findAll { it.contains('portcheck: the build cache') }
  assert warnings == ["[WARNING] portcheck: the build cache (maven-build-cache-extension $version) does not hash 3 files that portcheck checks in module build-cache-invalid-port: .env, docker-compose.yml, k8s/deployment.yaml. A change to them alone gives a cache hit that skips portcheck. Add them to .mvn/maven-build-cache-config.xml:".toString()] : warned.log
  String env = version == '1.3.0' ? '<include includeHidden="true">.env</include>' : '<include>.env</include>'
  assert warned.log.contains("""<input>
  <global>
    <includes>
      $env
      <include>docker-compose.yml</include>
      <include>k8s</include>
    </includes>
  </global>
</input>""")
}

// and what the parameter does
def strict = builds.checkout('strict', null)
def failed = builds.run("${step++}-strict", strict, builds.cache('strict'), ['-Dportcheck.failOnUncachedInputs=true'])
assert failed.exit != 0 : failed.log
assert failed.log.contains('3 checked files are not build cache inputs in module build-cache-invalid-port')
