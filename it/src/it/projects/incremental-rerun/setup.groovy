// Files written less than 2 s before a run are hashed rather than trusted by size and time; the
// invoker copies the project just before the first build, so date its files an hour back.
long hourAgo = System.currentTimeMillis() - 3_600_000L
basedir.eachFileRecurse { f ->
  if (f.isFile() && !f.path.contains("${File.separator}target${File.separator}")) {
    f.setLastModified(hourAgo)
  }
}
return true
