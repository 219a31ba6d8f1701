// Shared by the build-cache-* ITs (each loads it with evaluate): nested Maven builds of checkouts
// of the IT's project under the Apache Maven Build Cache Extension, with the Maven, local
// repository and settings of the invoker run, offline, and a cache location per IT.
import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.StandardCopyOption

class CacheBuilds {
  final File basedir
  final File mavenHome
  final File localRepo
  final File settings
  final File itSources

  CacheBuilds(File basedir, String mavenHome, String localRepositoryPath) {
    this.basedir = basedir
    this.mavenHome = new File(mavenHome)
    this.localRepo = new File(localRepositoryPath)
    this.itSources = new File(basedir, '../../../src/it').canonicalFile
    this.settings = new File(basedir, 'nested-settings.xml')
    // As the invoker does: the outer build's own local repository serves as the remote, so a
    // nested build resolves what the ITs resolve however the invoker ordered them.
    settings.text = new File(itSources, 'settings.xml').text
        .replace('@localRepositoryUrl@', outerRepository().toURI().toString())
  }

  /** The outer build's local repository: -Dmaven.repo.local, else ~/.m2/repository. */
  static File outerRepository() {
    String configured = System.getProperty('maven.repo.local')
    configured ? new File(configured) : new File(System.getProperty('user.home'), '.m2/repository')
  }

  /** The configuration README shows under "Build caches". */
  String documentedConfig() {
    new File(itSources, 'build-cache/maven-build-cache-config.xml').text
  }

  /** The documented configuration without runAlways: portcheck itself is cached. */
  String cachedConfig() {
    documentedConfig().replaceAll(/(?s)\s*<runAlways>.*?<\/runAlways>/, '')
  }

  /**
   * A fresh checkout of the IT's project (its pom, .mvn and the scanned files) in
   * checkouts/<name>, with this cache configuration (none when null) and extension version.
   */
  File checkout(String name, String config, String extensionVersion = null) {
    File dir = new File(basedir, "checkouts/$name")
    dir.deleteDir()
    copy(basedir.toPath(), dir.toPath())
    if (config != null) {
      new File(dir, '.mvn/maven-build-cache-config.xml').text = config
    }
    if (extensionVersion != null) {
      File ext = new File(dir, '.mvn/extensions.xml')
      ext.text = ext.text.replaceAll(/<version>[^<]*<\/version>/, "<version>$extensionVersion</version>")
    }
    dir
  }

  private static final Set<String> NOT_PROJECT =
      ['target', 'checkouts', 'caches', 'build.log', 'nested-settings.xml', 'invoker.properties',
       'verify.groovy', 'setup.groovy'] as Set

  private static void copy(Path from, Path to) {
    Files.createDirectories(to)
    from.toFile().eachFile { f ->
      if (!NOT_PROJECT.contains(f.name) && !f.name.endsWith('.log')) {
        Path target = to.resolve(f.name)
        if (f.directory) {
          copy(f.toPath(), target)
        } else {
          Files.copy(f.toPath(), target, StandardCopyOption.REPLACE_EXISTING)
        }
      }
    }
  }

  /** The cache folder named {@code name}, inside the IT's own folder. */
  File cache(String name) {
    new File(basedir, "caches/$name")
  }

  /**
   * Runs {@code mvn verify} (offline unless told) in {@code dir} with the local cache at {@code
   * cache}; the log goes to <step>.log beside build.log. Returns [exit: code, log: text].
   */
  Map run(String step, File dir, File cache, List<String> args = [], boolean offline = true) {
    String mvn = new File(mavenHome, System.getProperty('os.name').startsWith('Windows') ? 'bin/mvn.cmd' : 'bin/mvn').path
    List<String> cmd = [mvn, '-B', '-ntp', '-s', settings.path, "-Dmaven.repo.local=${localRepo.path}".toString(),
        "-Dmaven.build.cache.location=${cache.path}".toString()]
    if (offline) {
      cmd << '-o'
    }
    cmd.addAll(args)
    cmd << 'verify'
    File logFile = new File(basedir, "${step}.log")
    Process p = new ProcessBuilder(cmd).directory(dir).redirectErrorStream(true)
        .redirectOutput(logFile).start()
    int exit = p.waitFor()
    [exit: exit, log: logFile.text]
  }
}

return CacheBuilds
