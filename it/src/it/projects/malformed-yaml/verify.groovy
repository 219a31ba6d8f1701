def log = new File(basedir, 'build.log').text
assert log =~ /\[ERROR\] src\/main\/resources\/application\.yml:\[\d+,\d+\] \(parse-error\) invalid YAML/
assert !log.contains('Exception:') && !log.contains('\tat ')
assert !log.contains('\tat ')
