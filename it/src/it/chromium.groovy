import java.util.concurrent.TimeUnit

// How the report ITs run headless Chromium, written once: given its path (and flags of their own),
// a closure that runs it with the given arguments in a fresh profile and returns what it printed.
// A verify script loads it with evaluate(new File(basedir, '../../../src/it/chromium.groovy')).
return { String chromium, List extraFlags = [] ->
  return { List args ->
    def profile = File.createTempDir('portcheck-chromium', '')
    def flags = [chromium, '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
                 '--disable-background-networking', '--disable-component-update', '--disable-sync'] +
        extraFlags + ["--user-data-dir=${profile}", '--window-size=1280,1400']
    try {
      def p = new ProcessBuilder((flags + args)*.toString()).redirectErrorStream(false).start()
      def text = new StringBuilder()
      def reader = Thread.start { text << p.inputStream.text }
      Thread.start { p.errorStream.text }
      assert p.waitFor(90, TimeUnit.SECONDS) : 'chromium did not finish in 90 s'
      reader.join(10000)
      text.toString()
    } finally {
      // Each run's profile is its own: none is left behind in the temporary folder.
      profile.deleteDir()
    }
  }
}
